import { DistinctionEntity } from './distinction/distinction.entity';

export const ENTITIES = [DistinctionEntity];
