import { DistinctionEntity } from './distinction/distinction.entity';
import { BaseSalaryEntity, DistinctionRuleEntity } from './distinction/distinction-rule.entity';

export const ENTITIES = [DistinctionEntity, DistinctionRuleEntity, BaseSalaryEntity];
