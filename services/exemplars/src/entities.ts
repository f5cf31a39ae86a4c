import {
  AdoptionEntity,
  EvaluationEntity,
  ExemplarEntity,
  FeedCursorEntity,
  FosteringActionEntity,
  ProcessedEventEntity,
  RecognitionEntity,
} from './exemplar/exemplar.entity';
import { InitiativeEntity, ProgressNoteEntity } from './initiative/initiative.entity';

export const ENTITIES = [
  ExemplarEntity,
  RecognitionEntity,
  FosteringActionEntity,
  EvaluationEntity,
  AdoptionEntity,
  InitiativeEntity,
  ProgressNoteEntity,
  ProcessedEventEntity,
  FeedCursorEntity,
];
