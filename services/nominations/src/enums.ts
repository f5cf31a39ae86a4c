import {
  enumOf,
  NOMINATION_STAGES,
  TARGETS,
  type NominationStageValue,
  type TargetValue,
} from '@laurel/contracts';
import { registerEnumType } from 'type-graphql';

/** The stages of `@laurel/contracts` (REVOKED: a recognition revoked, Law 06/2022, chapter VII). */
export const NominationStage = enumOf(NOMINATION_STAGES);
export type NominationStage = NominationStageValue;

export const Target = enumOf(TARGETS);
export type Target = TargetValue;

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
