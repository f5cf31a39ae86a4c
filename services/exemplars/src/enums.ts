import { registerEnumType } from 'type-graphql';

export enum EvaluationPeriod {
  QUARTER = 'QUARTER',
  HALF_YEAR = 'HALF_YEAR',
  YEAR = 'YEAR',
}

export enum Rating {
  WEAK = 'WEAK',
  FAIR = 'FAIR',
  GOOD = 'GOOD',
  EXCELLENT = 'EXCELLENT',
}

export enum AdoptionKind {
  STUDY_VISIT = 'STUDY_VISIT',
  ADOPTED = 'ADOPTED',
}

export enum InitiativeStatus {
  REGISTERED = 'REGISTERED',
  SUBMITTED = 'SUBMITTED',
  RECOGNIZED = 'RECOGNIZED',
  REJECTED = 'REJECTED',
}

export enum InitiativeReach {
  INSTITUTION = 'INSTITUTION',
  PROVINCE = 'PROVINCE',
  NATION = 'NATION',
}

registerEnumType(EvaluationPeriod, { name: 'EvaluationPeriod' });
registerEnumType(Rating, { name: 'Rating' });
registerEnumType(AdoptionKind, { name: 'AdoptionKind' });
registerEnumType(InitiativeStatus, { name: 'InitiativeStatus' });
registerEnumType(InitiativeReach, { name: 'InitiativeReach' });
