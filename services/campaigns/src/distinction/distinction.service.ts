import type { DataSource } from 'typeorm';
import { DistinctionEntity, ORG_KINDS, type TargetValue } from './distinction.entity';

/** Level in the order of the OrgKind enum (nation first), then code. */
const LEVEL_ORDER = `array_position(ARRAY[${ORG_KINDS.map((k) => `'${k}'`).join(', ')}]::text[], d.level)`;

export class DistinctionService {
  constructor(private readonly db: DataSource) {}

  list(target?: TargetValue | null): Promise<DistinctionEntity[]> {
    const qb = this.db.getRepository(DistinctionEntity).createQueryBuilder('d');
    // A distinction that goes to both targets (Giấy khen, Bằng khen) is listed under each.
    if (target) qb.where(':target = ANY(d.targets)', { target });
    return qb.orderBy(LEVEL_ORDER, 'ASC').addOrderBy('d.code', 'ASC').getMany();
  }

  async byCodes(codes: readonly string[]): Promise<DistinctionEntity[]> {
    if (codes.length === 0) return [];
    return this.db
      .getRepository(DistinctionEntity)
      .createQueryBuilder('d')
      .where('d.code IN (:...codes)', { codes: [...codes] })
      .getMany();
  }
}
