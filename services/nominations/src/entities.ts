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
} from './nomination/nomination.entity';
import { OutboxEventEntity } from './infrastructure/outbox-event.entity';
import { ProcessedEventEntity } from './infrastructure/processed-event.entity';

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
