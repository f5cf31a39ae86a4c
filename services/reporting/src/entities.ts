import {
  CampaignRefEntity,
  CascadeTotalEntity,
  CountDeltaEntity,
  FeedCursorEntity,
  FoldedPathEntity,
  NominationCountEntity,
  NominationStateEntity,
  ProcessedEventEntity,
  SubtreeCountEntity,
} from './report/report.entity';

export const ENTITIES = [
  NominationStateEntity,
  NominationCountEntity,
  CampaignRefEntity,
  ProcessedEventEntity,
  FeedCursorEntity,
  SubtreeCountEntity,
  CountDeltaEntity,
  FoldedPathEntity,
  CascadeTotalEntity,
];
