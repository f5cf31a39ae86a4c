import {
  CampaignDistinctionEntity,
  CampaignEntity,
  CampaignReviewEntity,
  CampaignTransitionEntity,
  CriterionEntity,
  QuotaEntity,
} from './campaign/campaign.entity';
import { DistinctionEntity } from './distinction/distinction.entity';

export const ENTITIES = [
  DistinctionEntity,
  CampaignEntity,
  CampaignDistinctionEntity,
  CriterionEntity,
  QuotaEntity,
  CampaignReviewEntity,
  CampaignTransitionEntity,
];
