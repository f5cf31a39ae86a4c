import * as access from '../features/access/messages';
import * as campaigns from '../features/campaigns/messages';
import * as councils from '../features/councils/messages';
import * as decisions from '../features/decisions/messages';
import * as escalation from '../features/escalation/messages';
import * as exemplars from '../features/exemplars/messages';
import * as imports from '../features/imports/messages';
import * as nominations from '../features/nominations/messages';
import * as organizations from '../features/organizations/messages';
import * as people from '../features/people/messages';
import * as reporting from '../features/reporting/messages';
import * as voting from '../features/voting/messages';
import { en as coreEn } from './messages.en';
import { vi as coreVi } from './messages.vi';

/**
 * Every string a user reads: the shell's (messages.vi.ts / messages.en.ts) and each feature's own
 * `messages.ts`. A feature's keys start with its name; a key defined twice fails the unit test.
 */
export const FEATURE_CATALOGUES = [
  access,
  campaigns,
  councils,
  decisions,
  escalation,
  exemplars,
  imports,
  nominations,
  organizations,
  people,
  reporting,
  voting,
] as const;

export const vi = {
  ...coreVi,
  ...access.vi,
  ...campaigns.vi,
  ...councils.vi,
  ...decisions.vi,
  ...escalation.vi,
  ...exemplars.vi,
  ...imports.vi,
  ...nominations.vi,
  ...organizations.vi,
  ...people.vi,
  ...reporting.vi,
  ...voting.vi,
};

export type MessageKey = keyof typeof vi;

export const en: Record<MessageKey, string> = {
  ...coreEn,
  ...access.en,
  ...campaigns.en,
  ...councils.en,
  ...decisions.en,
  ...escalation.en,
  ...exemplars.en,
  ...imports.en,
  ...nominations.en,
  ...organizations.en,
  ...people.en,
  ...reporting.en,
  ...voting.en,
};
