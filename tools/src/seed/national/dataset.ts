/** The code of the nation: the national dataset is there when this organization is. */
export const NATION_CODE = 'VN';
/** `created_by` of everything the seed writes (campaigns, nominations, councils, sessions). */
export const SEEDED_BY = 'seed:national';
