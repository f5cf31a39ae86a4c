import { createHash } from 'node:crypto';

/**
 * Ids of the dataset: a prefix per kind of row (from the run's nonce) and the row's number in hex,
 * so that SQL computes any row's id, and every ancestor's, from numbers alone, and so that rows are
 * written in key order. They are well-formed RFC 4122 ids (version 4, variant 1), as the services'
 * input validation expects; the ltree label of an organization is its id without hyphens.
 */
export class SeedIds {
  constructor(private readonly nonce: string) {}

  prefix(tag: string): string {
    return createHash('md5').update(`${this.nonce}:${tag}`).digest('hex').slice(0, 12);
  }

  /** SQL text of the 32-hex label of row `k` (an integer expression) of kind `tag`. */
  label(tag: string, k: string | number): string {
    const hex = `lpad(to_hex((${k})::bigint), 18, '0')`;
    return `('${this.prefix(tag)}4' || substr(${hex}, 1, 3) || '8' || substr(${hex}, 4))`;
  }

  id(tag: string, k: string | number): string {
    return `(${this.label(tag, k)}::uuid)`;
  }

  /** The same id computed in Node (row numbers below 2^53). */
  idOf(tag: string, k: number): string {
    const n = k.toString(16).padStart(18, '0');
    const hex = `${this.prefix(tag)}4${n.slice(0, 3)}8${n.slice(3)}`;
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  }
}

/** A string as an SQL literal (the dataset's own constants only). */
export function literal(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}

/** A list of strings as an SQL `text[]` literal. */
export function textArray(values: readonly string[]): string {
  return `ARRAY[${values.map(literal).join(', ')}]::text[]`;
}
