import {
  CampaignDistinctionEntity,
  CampaignEntity,
  CampaignReviewEntity,
  CampaignTransitionEntity,
  CriterionEntity,
  QuotaEntity,
} from './campaign/campaign.entity';
import { DistinctionEntity } from './distinction/distinction.entity';
import { BaseSalaryEntity, DistinctionRuleEntity } from './distinction/distinction-rule.entity';

export const ENTITIES = [
  DistinctionEntity,
  CampaignEntity,
  CampaignDistinctionEntity,
  CriterionEntity,
  QuotaEntity,
  CampaignReviewEntity,
  CampaignTransitionEntity,
  DistinctionRuleEntity,
  BaseSalaryEntity,
];
