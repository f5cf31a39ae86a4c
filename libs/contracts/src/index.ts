export { campaignForServiceSchema, type CampaignForService } from './campaign';
export {
  NOMINATION_TOPICS,
  nominationEventSchema,
  nominationFeedRowSchema,
  type NominationEvent,
  type NominationFeedRow,
  type NominationTopic,
} from './events';
export { lenient, lenientIds, uuidSchema } from './ids';
export {
  InvalidRequestError,
  internalRoutes,
  parseRequest,
  type InternalRouteName,
  type ParsedRequest,
  type RouteRequest,
  type RouteResponse,
} from './routes';
export {
  COUNCIL_STAGES,
  COUNTED_STAGE_FIELDS,
  NOMINATION_STAGES,
  TARGETS,
  checkIn,
  enumOf,
  nominationStageSchema,
  targetSchema,
  type CountedStageField,
  type CouncilStageValue,
  type NominationStageValue,
  type TargetValue,
} from './vocabulary';
