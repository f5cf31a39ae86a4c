/** No tables yet: the domain arrives with later issues, each with its migration. */
export const ENTITIES: Function[] = [];
