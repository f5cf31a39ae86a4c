import { randomUUID } from 'node:crypto';
import type { DirectoryReader } from '@laurel/directory';
import type { ImportError, ImportResult, RequestContext } from '@laurel/graphql';
import { parseTable, TableFormatError, type ImportFormatValue } from '@laurel/spreadsheets';
import type { DataSource, EntityManager } from 'typeorm';
import type { CatalogueClient } from '../catalogue-client';
import {
  CODE,
  holderOf,
  planRecords,
  RECORD_COLUMNS,
  recordKey,
  toRecordRow,
  type ExistingRecord,
  type HolderKind,
  type PlannedRecord,
  type RecordRow,
} from './record-import.plan';

const MAX_ROWS = 100_000;
/** Far more than any catalogue has: a file naming more distinct codes is not a records file. */
const MAX_DISTINCT_CODES = 1_000;
const CHUNK = 5_000;

const HOLDER_COLUMN: Record<HolderKind, 'person_id' | 'organization_id'> = {
  person: 'person_id',
  organization: 'organization_id',
};

/** Rows that met a platform recognition between the checks and the write. */
class RecognizedMeanwhile extends Error {
  constructor(readonly rows: PlannedRecord[]) {
    super('recognized meanwhile');
  }
}

function failed(errors: ImportError[]): ImportResult {
  return { created: 0, updated: 0, errors: errors.sort((a, b) => a.row - b.row) };
}

/** Thrown inside the transaction of a dry run so that it rolls back, carrying what it counted. */
class DryRunDone extends Error {
  constructor(readonly result: ImportResult) {
    super('dry run');
  }
}

/** The calendar year in Vietnam (the platform's calendar, docs/API.md §1). */
function currentYear(now: Date): number {
  return Number(new Intl.DateTimeFormat('en', { timeZone: 'Asia/Ho_Chi_Minh', year: 'numeric' }).format(now));
}

/**
 * Distinctions held before the platform (docs/API.md §3, `importDistinctionRecords`): every row is
 * checked first (catalogue, directory, access, duplicates, the platform's own records) and every
 * problem reported with its row; only a file without errors is written, in one transaction, with
 * one set-based upsert per holder kind.
 */
export class DistinctionRecordImportService {
  constructor(
    private readonly db: DataSource,
    private readonly directory: DirectoryReader,
    private readonly catalogue: CatalogueClient,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async importRecords(
    ctx: RequestContext,
    format: ImportFormatValue,
    content: string,
    dryRun = false,
  ): Promise<ImportResult> {
    let rows: RecordRow[];
    try {
      const table = await parseTable(format, content, { columns: RECORD_COLUMNS, maxRows: MAX_ROWS });
      if (!table.columns.includes('personId') && !table.columns.includes('organizationId'))
        return failed([
          {
            row: 1,
            message: 'Missing column: "Mã cá nhân" (personId) or "Mã tập thể" (organizationId), or both',
          },
        ]);
      rows = table.rows.map(toRecordRow);
    } catch (error) {
      if (error instanceof TableFormatError) return failed([{ row: error.row ?? 0, message: error.message }]);
      throw error;
    }
    if (rows.length === 0) return { created: 0, updated: 0, errors: [] };

    const codes = [...new Set(rows.map((r) => r.code).filter((c) => CODE.test(c)))];
    if (codes.length > MAX_DISTINCT_CODES)
      return failed([
        {
          row: 0,
          message: `The file names ${codes.length} distinct distinction codes, more than any catalogue has (${MAX_DISTINCT_CODES})`,
        },
      ]);
    const holders = rows.map(holderOf).filter((h) => h !== null);
    const ids = (kind: HolderKind) => [
      ...new Set(holders.filter((h) => h.holder === kind).map((h) => h.holderId)),
    ];
    const [distinctions, people, organizations, existing] = await Promise.all([
      this.catalogue.distinctions(codes),
      this.directory.people(ids('person')),
      this.directory.organizations(ids('organization')),
      this.existing(this.db.manager, rows),
    ]);

    const { planned, errors } = planRecords(
      rows,
      { currentYear: currentYear(this.now()), distinctions, people, organizations, existing },
      ctx.ability,
    );
    if (errors.length > 0) return failed(errors);

    try {
      return await this.db.transaction(async (m) => {
        let created = 0;
        let updated = 0;
        for (const holder of ['person', 'organization'] as const) {
          const mine = planned.filter((p) => p.holder === holder);
          for (let i = 0; i < mine.length; i += CHUNK) {
            const chunk = mine.slice(i, i + CHUNK);
            const written = await this.upsert(m, holder, chunk);
            const done = new Map(
              written.map((w) => [recordKey(holder, w.holder, w.year, w.code), w.inserted]),
            );
            const skipped = chunk.filter((p) => !done.has(recordKey(holder, p.holderId, p.year, p.code)));
            if (skipped.length > 0) throw new RecognizedMeanwhile(skipped);
            for (const inserted of done.values()) {
              if (inserted) created += 1;
              else updated += 1;
            }
          }
        }
        // A dry run writes everything, counts, and rolls back: the counts are exactly the real ones.
        if (dryRun) throw new DryRunDone({ created, updated, errors: [] });
        return { created, updated, errors: [] };
      });
    } catch (error) {
      if (error instanceof DryRunDone) return error.result;
      if (error instanceof RecognizedMeanwhile)
        return failed(
          error.rows.map((p) => ({
            row: p.row,
            message: `${p.code} of ${p.year} was recognized on the platform meanwhile; nothing was written`,
          })),
        );
      throw error;
    }
  }

  /**
   * Inserts, or updates the decision number of an earlier import. A PLATFORM record is left as
   * it is and its row does not come back (the caller rolls back). `xmax = 0` tells a fresh row.
   */
  private async upsert(
    m: EntityManager,
    holder: HolderKind,
    chunk: PlannedRecord[],
  ): Promise<{ holder: string; year: number; code: string; inserted: boolean }[]> {
    const column = HOLDER_COLUMN[holder];
    return (await m.query(
      `INSERT INTO nominations.distinction_record AS r (id, ${column}, year, distinction_code, decision_number, source)
       SELECT u.id, u.h, u.y, u.c, u.d, 'IMPORTED'
         FROM unnest($1::uuid[], $2::uuid[], $3::int[], $4::text[], $5::text[]) AS u(id, h, y, c, d)
       ON CONFLICT (${column}, year, distinction_code) WHERE ${column} IS NOT NULL
       DO UPDATE SET decision_number = EXCLUDED.decision_number WHERE r.source = 'IMPORTED'
       RETURNING r.${column}::text AS holder, r.year, r.distinction_code AS code, (r.xmax = 0) AS inserted`,
      [
        chunk.map(() => randomUUID()),
        chunk.map((p) => p.holderId),
        chunk.map((p) => p.year),
        chunk.map((p) => p.code),
        chunk.map((p) => p.decisionNumber),
      ],
    )) as { holder: string; year: number; code: string; inserted: boolean }[];
  }

  /** The records already held for the rows' (holder, year, code), by `recordKey`. */
  private async existing(m: EntityManager, rows: RecordRow[]): Promise<Map<string, ExistingRecord>> {
    const found = new Map<string, ExistingRecord>();
    for (const holder of ['person', 'organization'] as const) {
      const keys: { id: string; year: number; code: string }[] = [];
      for (const r of rows) {
        const h = holderOf(r);
        if (h?.holder === holder && r.year !== null && CODE.test(r.code))
          keys.push({ id: h.holderId, year: r.year, code: r.code });
      }
      const column = HOLDER_COLUMN[holder];
      for (let i = 0; i < keys.length; i += CHUNK) {
        const chunk = keys.slice(i, i + CHUNK);
        const records = (await m.query(
          `SELECT DISTINCT r.${column}::text AS holder, r.year, r.distinction_code AS code, r.source,
                  r.decision_number AS "decisionNumber"
             FROM unnest($1::uuid[], $2::int[], $3::text[]) AS k(h, y, c)
             JOIN nominations.distinction_record r
               ON r.${column} = k.h AND r.year = k.y AND r.distinction_code = k.c`,
          [chunk.map((k) => k.id), chunk.map((k) => k.year), chunk.map((k) => k.code)],
        )) as ({ holder: string; year: number; code: string } & ExistingRecord)[];
        for (const r of records)
          found.set(recordKey(holder, r.holder, r.year, r.code), {
            source: r.source,
            decisionNumber: r.decisionNumber,
          });
      }
    }
    return found;
  }
}
