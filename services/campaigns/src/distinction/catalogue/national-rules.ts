import type { RuleVersionValue } from '../distinction-rule.types';
import { AWARD_RULES } from './award-rules';
import { deepFreeze } from './freeze';
import { RECOGNITION_RULES } from './recognition-rules';
import { TITLE_RULES } from './title-rules';

// prerequisitesExhaustive: false where the law's conditions are not expressible with the
// requirement kinds (years of excellent completion, earlier awards within a period, "more than
// half" of the members): the council judges those.
export const NATIONAL_RULES_1763850000000: readonly RuleVersionValue[] = [
  ...RECOGNITION_RULES,
  ...TITLE_RULES,
  ...AWARD_RULES,
].map(deepFreeze);
