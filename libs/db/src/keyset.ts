import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';

export interface KeysetOrder<T> {
  /** SQL expression, e.g. `o.name COLLATE "organizations"."vi"`. */
  expr: string;
  /** The same value read from a row, for the cursor. */
  key: (row: T) => unknown;
}

export interface KeysetResult<T> {
  rows: T[];
  totalCount: number;
  hasNextPage: boolean;
  keyOf: (row: T) => unknown[];
}

/**
 * Keyset (seek) pagination: stable under inserts and as fast on page 1,000 as on page 1.
 * The last order column must be unique (the id).
 */
export async function keysetPage<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  options: { order: KeysetOrder<T>[]; first: number; after: unknown[] | null },
): Promise<KeysetResult<T>> {
  const totalCount = await qb.clone().getCount();
  const page = qb.clone();
  if (options.after) {
    const params: Record<string, unknown> = {};
    const placeholders = options.order.map((o, i) => {
      params[`keyset_${i}`] = options.after![i];
      // The cursor value takes the column's collation from the left-hand side.
      return `:keyset_${i}`;
    });
    page.andWhere(`(${options.order.map((o) => o.expr).join(', ')}) > (${placeholders.join(', ')})`, params);
  }
  options.order.forEach((o, i) => (i === 0 ? page.orderBy(o.expr, 'ASC') : page.addOrderBy(o.expr, 'ASC')));
  const rows = await page.limit(options.first + 1).getMany();
  return {
    rows: rows.slice(0, options.first),
    totalCount,
    hasNextPage: rows.length > options.first,
    keyOf: (row) => options.order.map((o) => o.key(row)),
  };
}
