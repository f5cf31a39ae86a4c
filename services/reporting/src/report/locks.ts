/** Advisory locks of the rollups: whoever takes both takes FOLD_LOCK first. */
export const ROLLUP_LOCK = 'reporting.rollups';
export const FOLD_LOCK = 'reporting.fold';
