import { accessFeature } from '../features/access/routes';
import { campaignsFeature } from '../features/campaigns/routes';
import { councilsFeature } from '../features/councils/routes';
import { decisionsFeature } from '../features/decisions/routes';
import { escalationFeature } from '../features/escalation/routes';
import { exemplarsFeature } from '../features/exemplars/routes';
import { importsFeature } from '../features/imports/routes';
import { nominationsFeature } from '../features/nominations/routes';
import { organizationsFeature } from '../features/organizations/routes';
import { peopleFeature } from '../features/people/routes';
import { reportingFeature } from '../features/reporting/routes';
import { votingFeature } from '../features/voting/routes';
import type { Feature } from './feature';

/** Every feature of the signed-in app, in the order of the main navigation. */
export const FEATURES: readonly Feature[] = [
  organizationsFeature,
  reportingFeature,
  campaignsFeature,
  nominationsFeature,
  councilsFeature,
  votingFeature,
  decisionsFeature,
  escalationFeature,
  exemplarsFeature,
  peopleFeature,
  accessFeature,
  importsFeature,
];
