import type { ImportResult } from '@laurel/graphql';
import {
  ORGANIZATION_COLUMNS,
  parseTable,
  PEOPLE_COLUMNS,
  TableFormatError,
  type ImportFormatValue,
  type TableRow,
} from '@laurel/spreadsheets';
import type { DataSource } from 'typeorm';
import type { Context } from '../context';
import { organizationsByCode, peopleByKeys } from './import.lookups';
import { planOrganizationImport } from './organization-import.plan';
import { writeOrganizationImport } from './organization-import.writer';
import { planPeopleImport } from './person-import.plan';
import { writePeopleImport } from './person-import.writer';

function fileError(error: unknown): ImportResult {
  if (error instanceof TableFormatError)
    return { created: 0, updated: 0, errors: [{ row: error.row ?? 0, message: error.message }] };
  throw error;
}

/**
 * Bulk imports: every row is checked first and every bad row reported with its number (the
 * plans); only a file without errors is written, in one transaction, with set-based statements
 * (the writers), so a national list of tens of thousands of rows is one call.
 */
export class ImportService {
  constructor(private readonly db: DataSource) {}

  async importOrganizations(
    ctx: Context,
    format: ImportFormatValue,
    content: string,
    dryRun = false,
  ): Promise<ImportResult> {
    let rows: TableRow[];
    try {
      rows = (await parseTable(format, content, { columns: ORGANIZATION_COLUMNS })).rows;
    } catch (error) {
      return fileError(error);
    }
    const codes = new Set<string>();
    for (const r of rows) {
      codes.add(r.values.code ?? '');
      if (r.values.parentCode) codes.add(r.values.parentCode);
    }
    const existing = await organizationsByCode(this.db, [...codes]);
    const { errors, creates, updates } = planOrganizationImport(ctx, rows, existing);
    if (errors.length > 0) return { created: 0, updated: 0, errors };
    if (dryRun) return { created: creates.length, updated: updates.length, errors: [] };
    return writeOrganizationImport(this.db, ctx, creates, updates);
  }

  async importPeople(
    ctx: Context,
    format: ImportFormatValue,
    content: string,
    dryRun = false,
  ): Promise<ImportResult> {
    let rows: TableRow[];
    try {
      rows = (await parseTable(format, content, { columns: PEOPLE_COLUMNS })).rows;
    } catch (error) {
      return fileError(error);
    }
    const codes = new Set<string>();
    for (const r of rows) {
      codes.add(r.values.organizationCode ?? '');
      if (r.values.leadsCode) codes.add(r.values.leadsCode);
    }
    const orgs = await organizationsByCode(this.db, [...codes]);
    const staffKeys = rows.filter((r) => r.values.staffCode).map((r) => r.values.staffCode!);
    const accounts = rows.filter((r) => r.values.account).map((r) => r.values.account!);
    const known = await peopleByKeys(this.db, staffKeys, accounts);
    const { errors, creates, updates } = planPeopleImport(ctx, rows, orgs, known);
    if (errors.length > 0) return { created: 0, updated: 0, errors };
    if (dryRun) return { created: creates.length, updated: updates.length, errors: [] };
    return writePeopleImport(this.db, creates, updates);
  }
}
