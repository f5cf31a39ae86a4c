import { subject, type AppAbility } from '@laurel/auth';
import type { ImportError } from '@laurel/graphql';
import { DISTINCTION_RECORD_COLUMNS, type ColumnSpec, type TableRow } from '@laurel/spreadsheets';
import type { CatalogueDistinction } from '../catalogue-client';

/** The columns live in libs/spreadsheets, beside the templates the gateway writes from them. */
export const RECORD_COLUMNS: ColumnSpec[] = DISTINCTION_RECORD_COLUMNS;

export const FIRST_YEAR = 1945;
export const MAX_DECISION_NUMBER = 200;
/** Catalogue codes are upper-case words: anything else is refused without a catalogue call. */
export const CODE = /^[A-Z0-9_]{1,64}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export type HolderKind = 'person' | 'organization';

/** A row's cells, cleaned: ids lower-cased, codes upper-cased, a year only when it is one. */
export interface RecordRow {
  row: number;
  year: number | null;
  yearText: string;
  code: string;
  personId: string;
  organizationId: string;
  decisionNumber: string | null;
}

export interface ExistingRecord {
  source: 'PLATFORM' | 'IMPORTED';
  decisionNumber: string | null;
}

/** What the import knows before judging the rows, fetched in a few batched reads. */
export interface RecordLookups {
  currentYear: number;
  distinctions: ReadonlyMap<string, CatalogueDistinction>;
  people: ReadonlyMap<string, { orgPath: string }>;
  organizations: ReadonlyMap<string, { path: string }>;
  /** By `recordKey`. */
  existing: ReadonlyMap<string, ExistingRecord>;
}

export interface PlannedRecord {
  row: number;
  holder: HolderKind;
  holderId: string;
  year: number;
  code: string;
  decisionNumber: string | null;
  update: boolean;
}

export function recordKey(holder: HolderKind, holderId: string, year: number, code: string): string {
  return `${holder}/${holderId}/${year}/${code}`;
}

export function toRecordRow({ row, values }: TableRow): RecordRow {
  const yearText = values.year ?? '';
  return {
    row,
    yearText,
    // Spreadsheets sometimes keep a whole number as "2023.0".
    year: /^\d{4}(\.0+)?$/.test(yearText) ? Number.parseInt(yearText, 10) : null,
    code: (values.distinctionCode ?? '').toUpperCase(),
    personId: (values.personId ?? '').toLowerCase(),
    organizationId: (values.organizationId ?? '').toLowerCase(),
    decisionNumber: values.decisionNumber || null,
  };
}

/** The holder a row names, when it names exactly one with a well-formed id. */
export function holderOf(r: RecordRow): { holder: HolderKind; holderId: string } | null {
  if (r.personId && r.organizationId) return null;
  if (r.personId) return UUID.test(r.personId) ? { holder: 'person', holderId: r.personId } : null;
  if (r.organizationId)
    return UUID.test(r.organizationId) ? { holder: 'organization', holderId: r.organizationId } : null;
  return null;
}

/**
 * Judges every row against the lookups and reports every problem of every row (a row can have
 * several). A holder the caller may not see is "not found", as if it did not exist (docs/API.md §2);
 * one the caller sees but may not record for is said so.
 */
export function planRecords(
  rows: RecordRow[],
  known: RecordLookups,
  ability: AppAbility,
): { planned: PlannedRecord[]; errors: ImportError[] } {
  const errors: ImportError[] = [];
  const planned: PlannedRecord[] = [];
  const seen = new Map<string, number>();

  for (const r of rows) {
    const problems: string[] = [];
    const fail = (message: string) => problems.push(message);

    if (r.year === null || r.year < FIRST_YEAR || r.year > known.currentYear)
      fail(`year "${r.yearText}" is not a year from ${FIRST_YEAR} to ${known.currentYear}`);

    const distinction = CODE.test(r.code) ? known.distinctions.get(r.code) : undefined;
    if (!r.code) fail('distinctionCode is empty');
    else if (!distinction) fail(`distinctionCode ${r.code} is not in the distinction catalogue`);

    if (r.decisionNumber && r.decisionNumber.length > MAX_DECISION_NUMBER)
      fail(`decisionNumber: at most ${MAX_DECISION_NUMBER} characters`);

    let holder: { holder: HolderKind; holderId: string } | null = null;
    if (Boolean(r.personId) === Boolean(r.organizationId)) {
      fail('give exactly one of personId and organizationId');
    } else {
      holder = holderOf(r);
      const path = holder && holderPath(holder, known);
      const label = r.personId ? `person ${r.personId}` : `organization ${r.organizationId}`;
      if (!holder || !path || !visible(ability, holder, path)) {
        fail(`${label} not found`);
        holder = null;
      } else if (!ability.can('manage', subject('Nomination', { orgPath: path }))) {
        // Recording the distinctions of before the platform is the organization's admins' work,
        // not a unit lead's (who submits nominations, issue 23).
        fail(`you may not record distinctions of ${label}`);
        holder = null;
      } else if (distinction) {
        const target = holder.holder === 'person' ? 'INDIVIDUAL' : 'COLLECTIVE';
        if (!distinction.targets.includes(target)) {
          fail(`${r.code} is not awarded to ${target === 'INDIVIDUAL' ? 'an individual' : 'a collective'}`);
          holder = null;
        }
      }
    }

    // Duplicates are judged on every row that names a record, whatever else is wrong with it.
    const key =
      holder && distinction && r.year !== null
        ? recordKey(holder.holder, holder.holderId, r.year, r.code)
        : null;
    if (key) {
      const first = seen.get(key);
      if (first !== undefined) fail(`the same record as row ${first} (holder, year and distinction)`);
      else {
        seen.set(key, r.row);
        if (known.existing.get(key)?.source === 'PLATFORM')
          fail(
            `${r.code} of ${r.year} is already recognized on the platform; an import does not overwrite it`,
          );
      }
    }

    if (problems.length === 0 && key && holder)
      planned.push({
        row: r.row,
        ...holder,
        year: r.year as number,
        code: r.code,
        decisionNumber: r.decisionNumber,
        update: known.existing.has(key),
      });
    for (const message of problems) errors.push({ row: r.row, message });
  }
  return { planned, errors };
}

function holderPath(h: { holder: HolderKind; holderId: string }, known: RecordLookups): string | undefined {
  return h.holder === 'person'
    ? known.people.get(h.holderId)?.orgPath
    : known.organizations.get(h.holderId)?.path;
}

/**
 * Seeing a person means reading them; seeing inside an organization, holding a role on it or
 * above (as assertCan). Reading its reports is not enough: an API key would otherwise be told a
 * real person of its subtree apart from a made-up id (issue 23).
 */
function visible(ability: AppAbility, h: { holder: HolderKind; holderId: string }, path: string): boolean {
  return h.holder === 'person'
    ? ability.can('read', subject('Person', { orgPath: path, id: h.holderId }))
    : ability.can('read', subject('Subtree', { orgPath: path }));
}
