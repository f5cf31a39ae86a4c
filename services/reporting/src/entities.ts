import {
  CampaignRefEntity,
  FeedCursorEntity,
  NominationCountEntity,
  NominationStateEntity,
  ProcessedEventEntity,
} from './report/report.entity';

export const ENTITIES = [
  NominationStateEntity,
  NominationCountEntity,
  CampaignRefEntity,
  ProcessedEventEntity,
  FeedCursorEntity,
];
