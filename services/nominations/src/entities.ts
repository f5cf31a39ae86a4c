import {
  DecisionLineEntity,
  FundEntryEntity,
  RecognitionDecisionEntity,
  RevocationEntity,
} from './decision/decision.entity';
import {
  CampaignQuotaEntity,
  CampaignRefEntity,
  DistinctionRecordEntity,
  NominationEntity,
  NominationReviewerEntity,
  NominationTransitionEntity,
  OutboxEventEntity,
  ProcessedEventEntity,
} from './nomination/nomination.entity';

export const ENTITIES = [
  NominationEntity,
  NominationReviewerEntity,
  NominationTransitionEntity,
  CampaignRefEntity,
  CampaignQuotaEntity,
  DistinctionRecordEntity,
  OutboxEventEntity,
  ProcessedEventEntity,
  RecognitionDecisionEntity,
  DecisionLineEntity,
  FundEntryEntity,
  RevocationEntity,
];
