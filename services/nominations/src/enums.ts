import { registerEnumType } from 'type-graphql';

export enum NominationStage {
  REGISTERED = 'REGISTERED',
  PROPOSED = 'PROPOSED',
  UNDER_REVIEW = 'UNDER_REVIEW',
  COUNCIL_APPROVED = 'COUNCIL_APPROVED',
  COUNCIL_REJECTED = 'COUNCIL_REJECTED',
  RECOGNIZED = 'RECOGNIZED',
  ESCALATED = 'ESCALATED',
  RETURNED = 'RETURNED',
  WITHDRAWN = 'WITHDRAWN',
  /** A recognition revoked (Law 06/2022, chapter VII): SPEC 8. */
  REVOKED = 'REVOKED',
}

export enum Target {
  INDIVIDUAL = 'INDIVIDUAL',
  COLLECTIVE = 'COLLECTIVE',
}

export enum RecordSource {
  PLATFORM = 'PLATFORM',
  IMPORTED = 'IMPORTED',
}

export enum ImportFormat {
  CSV = 'CSV',
  XLSX = 'XLSX',
}

registerEnumType(NominationStage, { name: 'NominationStage' });
registerEnumType(Target, { name: 'Target' });
registerEnumType(RecordSource, { name: 'RecordSource' });
registerEnumType(ImportFormat, { name: 'ImportFormat' });
