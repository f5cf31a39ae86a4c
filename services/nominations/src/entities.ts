import {
  CampaignQuotaEntity,
  CampaignRefEntity,
  DistinctionRecordEntity,
  NominationEntity,
  NominationTransitionEntity,
  OutboxEventEntity,
  ProcessedEventEntity,
} from './nomination/nomination.entity';

export const ENTITIES = [
  NominationEntity,
  NominationTransitionEntity,
  CampaignRefEntity,
  CampaignQuotaEntity,
  DistinctionRecordEntity,
  OutboxEventEntity,
  ProcessedEventEntity,
];
