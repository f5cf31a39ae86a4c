import { randomUUID } from 'node:crypto';
import { isUnder, subject } from '@laurel/auth';
import { isUniqueViolation } from '@laurel/db';
import type { ImportError, ImportResult } from '@laurel/graphql';
import { foldVietnamese } from '@laurel/i18n';
import {
  ORGANIZATION_COLUMNS,
  parseTable,
  PEOPLE_COLUMNS,
  TableFormatError,
  type ImportFormatValue,
  type TableRow,
} from '@laurel/spreadsheets';
import type { DataSource, EntityManager } from 'typeorm';
import type { Context } from '../context';
import { ORG_CODE, ORG_CODE_RULE } from '../organization/code';
import { ORGANIZATION_EVENTS } from '../organization/organization.service';
import {
  ORG_KINDS,
  OrganizationEntity,
  pathLabel,
  TENANT_KINDS,
  type OrgKindValue,
} from '../organization/organization.entity';
import { PersonEntity } from '../person/person.entity';

const CHUNK = 5_000;

/** `YYYY-MM-DD` (optionally with a time) or `DD/MM/YYYY`, as Vietnamese files write dates. */
function parseLeftAt(value: string): Date | null {
  const vn = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(value);
  const iso = vn ? `${vn[3]}-${vn[2]!.padStart(2, '0')}-${vn[1]!.padStart(2, '0')}` : value;
  if (!/^\d{4}-\d{2}-\d{2}/.test(iso)) return null;
  const date = new Date(iso.length === 10 ? `${iso}T00:00:00+07:00` : iso);
  return Number.isNaN(date.getTime()) ? null : date;
}

type Errors = ImportError[];

function fileError(error: unknown): ImportResult {
  if (error instanceof TableFormatError)
    return { created: 0, updated: 0, errors: [{ row: error.row ?? 0, message: error.message }] };
  throw error;
}

async function chunked<T>(items: T[], write: (chunk: T[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < items.length; i += CHUNK) await write(items.slice(i, i + CHUNK));
}

/**
 * Bulk imports: every row is checked first and every bad row reported with its number; only a
 * file without errors is written, in one transaction, with set-based statements (unnest), so a
 * national list of tens of thousands of rows is one call.
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
    const errors: Errors = [];
    const fail = (row: number, message: string) => errors.push({ row, message });

    const codes = new Set<string>();
    for (const r of rows) {
      codes.add(r.values.code ?? '');
      if (r.values.parentCode) codes.add(r.values.parentCode);
    }
    const existing = await this.organizationsByCode([...codes]);

    interface Planned {
      row: number;
      id: string;
      code: string;
      name: string;
      kind: OrgKindValue;
      parentCode: string | null;
      update: boolean;
    }
    const planned = new Map<string, Planned>();
    for (const { row, values } of rows) {
      const code = values.code ?? '';
      const name = values.name ?? '';
      const kind = (values.kind ?? '').toUpperCase().replace(/[\s-]+/g, '_') as OrgKindValue;
      const parentCode = values.parentCode || null;
      if (!ORG_CODE.test(code)) {
        fail(row, `code ${JSON.stringify(code)} is refused: ${ORG_CODE_RULE}`);
        continue;
      }
      if (!name) {
        fail(row, 'name is empty');
        continue;
      }
      if (!ORG_KINDS.includes(kind)) {
        fail(row, `kind "${values.kind}" is not one of ${ORG_KINDS.join(', ')}`);
        continue;
      }
      if (planned.has(code)) {
        fail(row, `code ${code} appears again (first on row ${planned.get(code)!.row})`);
        continue;
      }
      if (parentCode === code) {
        fail(row, 'an organization cannot be its own parent');
        continue;
      }
      const current = existing.get(code);
      if (current) {
        const currentParent = current.parentId
          ? ([...existing.values()].find((o) => o.id === current.parentId)?.code ?? null)
          : null;
        if (current.kind !== kind) {
          fail(row, `${code} exists as ${current.kind}; its kind cannot change by import`);
          continue;
        }
        if (parentCode && parentCode !== currentParent) {
          fail(row, `${code} exists under another parent; use moveOrganization to move it`);
          continue;
        }
        if (!ctx.ability.can('update', subject('Organization', { orgPath: current.path }))) {
          fail(row, `you may not change ${code}`);
          continue;
        }
      }
      planned.set(code, {
        row,
        id: current?.id ?? randomUUID(),
        code,
        name,
        kind,
        parentCode,
        update: current !== undefined,
      });
    }

    // Paths of new organizations, parents first, whatever the order of the file.
    const paths = new Map<string, { path: string; tenantId: string }>();
    const resolving = new Set<string>();
    const resolve = (code: string): { path: string; tenantId: string } | null => {
      const known = paths.get(code);
      if (known) return known;
      const inDb = existing.get(code);
      if (inDb) return { path: inDb.path, tenantId: inDb.tenantId };
      const plan = planned.get(code);
      if (!plan || resolving.has(code)) return null;
      resolving.add(code);
      let result: { path: string; tenantId: string } | null;
      if (!plan.parentCode) {
        result = { path: pathLabel(plan.id), tenantId: plan.id };
      } else {
        const parent = resolve(plan.parentCode);
        result = parent && {
          path: `${parent.path}.${pathLabel(plan.id)}`,
          tenantId: TENANT_KINDS.has(plan.kind) ? plan.id : parent.tenantId,
        };
      }
      resolving.delete(code);
      if (result) paths.set(code, result);
      return result;
    };

    const creates: (Planned & { path: string; tenantId: string; parentId: string | null })[] = [];
    for (const plan of planned.values()) {
      if (plan.update) continue;
      if (plan.parentCode && !existing.has(plan.parentCode) && !planned.has(plan.parentCode)) {
        fail(plan.row, `parent ${plan.parentCode} is neither in the file nor in the directory`);
        continue;
      }
      const placed = resolve(plan.code);
      if (!placed) {
        fail(plan.row, `the parents of ${plan.code} form a cycle`);
        continue;
      }
      const parentDb = plan.parentCode ? existing.get(plan.parentCode) : undefined;
      if (!plan.parentCode && !ctx.identity.isPlatformAdmin) {
        fail(plan.row, 'only platform administrators create root organizations');
        continue;
      }
      if (parentDb && !ctx.ability.can('create', subject('Organization', { orgPath: parentDb.path }))) {
        fail(plan.row, `you may not create organizations under ${plan.parentCode}`);
        continue;
      }
      if (parentDb?.dissolvedAt) {
        fail(plan.row, `parent ${plan.parentCode} is dissolved`);
        continue;
      }
      const parentId = plan.parentCode
        ? (existing.get(plan.parentCode)?.id ?? planned.get(plan.parentCode)!.id)
        : null;
      creates.push({ ...plan, ...placed, parentId });
    }
    // A new organization whose in-file parent was rejected cannot be written either.
    const rejected = new Set(errors.map((e) => e.row));
    for (const c of creates) {
      const parentPlan = c.parentCode ? planned.get(c.parentCode) : undefined;
      if (parentPlan && rejected.has(parentPlan.row) && !rejected.has(c.row))
        fail(c.row, `parent ${c.parentCode} has errors (row ${parentPlan.row})`);
    }
    if (errors.length > 0) return { created: 0, updated: 0, errors: errors.sort((a, b) => a.row - b.row) };

    const updates = [...planned.values()].filter((p) => p.update);
    creates.sort((a, b) => a.path.split('.').length - b.path.split('.').length);
    if (dryRun) return { created: creates.length, updated: updates.length, errors: [] };
    try {
      await this.db.transaction(async (m) => {
        await chunked(creates, (chunk) =>
          m.query(
            `INSERT INTO organizations.organization (id, code, name, name_folded, kind, parent_id, path, tenant_id)
             SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::uuid[], $7::ltree[], $8::uuid[])`,
            [
              chunk.map((c) => c.id),
              chunk.map((c) => c.code),
              chunk.map((c) => c.name),
              chunk.map((c) => foldVietnamese(c.name)),
              chunk.map((c) => c.kind),
              chunk.map((c) => c.parentId),
              chunk.map((c) => c.path),
              chunk.map((c) => c.tenantId),
            ],
          ),
        );
        await chunked(creates, (chunk) =>
          m.query(
            `INSERT INTO organizations.organization_change (id, tenant_id, organization_id, kind, status, to_parent_id, batch_id, effective_from, applied_at, recorded_by)
             SELECT gen_random_uuid(), t, o, 'CREATED', 'APPLIED', p, $4, now(), now(), $5 FROM unnest($1::uuid[], $2::uuid[], $3::uuid[]) AS u(t, o, p)`,
            [
              chunk.map((c) => c.tenantId),
              chunk.map((c) => c.id),
              chunk.map((c) => c.parentId),
              randomUUID(),
              actor(ctx),
            ],
          ),
        );
        await chunked(updates, (chunk) =>
          m.query(
            `UPDATE organizations.organization o SET name = u.name, name_folded = u.folded, updated_at = now()
               FROM unnest($1::uuid[], $2::text[], $3::text[]) AS u(id, name, folded)
              WHERE o.id = u.id AND o.name IS DISTINCT FROM u.name`,
            [chunk.map((c) => c.id), chunk.map((c) => c.name), chunk.map((c) => foldVietnamese(c.name))],
          ),
        );
      });
    } catch (error) {
      if (isUniqueViolation(error))
        return {
          created: 0,
          updated: 0,
          errors: [
            {
              row: 0,
              message: 'another import created some of these codes meanwhile; nothing was written, try again',
            },
          ],
        };
      throw error;
    }
    if (creates.length > 0) {
      await ctx.pubSub
        .publishNow(ORGANIZATION_EVENTS, {
          kind: 'CREATED',
          organizationId: creates[0]!.id,
          paths: creates.slice(0, 50).map((c) => c.path),
          at: new Date().toISOString(),
        })
        .catch(() => undefined);
    }
    return { created: creates.length, updated: updates.length, errors: [] };
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
    const errors: Errors = [];
    const fail = (row: number, message: string) => errors.push({ row, message });
    const codes = new Set<string>();
    for (const r of rows) {
      codes.add(r.values.organizationCode ?? '');
      if (r.values.leadsCode) codes.add(r.values.leadsCode);
    }
    const orgs = await this.organizationsByCode([...codes]);
    const staffKeys = rows.filter((r) => r.values.staffCode).map((r) => r.values.staffCode!);
    const accounts = rows.filter((r) => r.values.account).map((r) => r.values.account!);
    const known = await this.peopleByKeys(staffKeys, accounts);

    interface PersonRow {
      row: number;
      id: string;
      update: boolean;
      org: OrganizationEntity;
      fullName: string;
      party: string | null;
      gov: string | null;
      leadsId: string | null;
      account: string | null;
      staffCode: string | null;
      leftAt: Date | null;
    }
    const out: PersonRow[] = [];
    const seenStaff = new Map<string, number>();
    const seenAccount = new Map<string, number>();
    for (const { row, values } of rows) {
      const org = orgs.get(values.organizationCode ?? '');
      if (!org || !ctx.ability.can('read', subject('Report', { orgPath: org.path }))) {
        fail(row, `organization ${values.organizationCode} not found`);
        continue;
      }
      if (!ctx.ability.can('create', subject('Person', { orgPath: org.path }))) {
        fail(row, `you may not add people to ${org.code}`);
        continue;
      }
      if (org.dissolvedAt) {
        fail(row, `${org.code} is dissolved`);
        continue;
      }
      const fullName = values.fullName ?? '';
      if (!fullName) {
        fail(row, 'fullName is empty');
        continue;
      }
      const staffCode = values.staffCode || null;
      const account = values.account || null;
      const leftAt = values.leftAt ? parseLeftAt(values.leftAt.trim()) : null;
      if (values.leftAt && !leftAt) {
        fail(row, `leftAt ${values.leftAt} is not a date (YYYY-MM-DD or DD/MM/YYYY)`);
        continue;
      }
      if (leftAt && leftAt.getTime() > Date.now() + 24 * 3600_000) {
        fail(row, `leftAt ${values.leftAt} is in the future`);
        continue;
      }
      const staffKey = staffCode && `${org.tenantId}/${staffCode}`;
      if (staffKey && seenStaff.has(staffKey)) {
        fail(row, `staffCode ${staffCode} appears again (row ${seenStaff.get(staffKey)})`);
        continue;
      }
      if (account && seenAccount.has(`${org.tenantId}/${account}`)) {
        fail(row, `account ${account} appears again (row ${seenAccount.get(`${org.tenantId}/${account}`)})`);
        continue;
      }
      let leadsId: string | null = null;
      if (values.leadsCode) {
        const leads = orgs.get(values.leadsCode);
        // Naming a head is managing that organization (as `createPerson`): outside the caller's
        // subtree it reads as unknown.
        if (!leads || !ctx.ability.can('update', subject('Organization', { orgPath: leads.path }))) {
          fail(row, `leadsCode ${values.leadsCode}: organization not found`);
          continue;
        }
        const related = isUnder(leads.path, org.path) || isUnder(org.path, leads.path);
        if (!related) {
          fail(row, `leadsCode ${values.leadsCode} must be ${org.code} or an organization above or below it`);
          continue;
        }
        leadsId = leads.id;
      }
      // Accounts are unique per tenant (SECURITY.md: one subject may be staff of two tenants), so
      // only the row's own tenant is looked at: a person of another tenant holding the account is
      // never matched, never named, and the answer is the same as if there were none.
      const accountKey = account && `${org.tenantId}/${account}`;
      const byAccount = accountKey ? known.byAccount.get(accountKey) : undefined;
      const match = (staffKey && known.byStaff.get(staffKey)) || byAccount || undefined;
      if (match && !ctx.ability.can('update', subject('Person', { orgPath: match.orgPath }))) {
        fail(row, 'this person exists elsewhere and you may not change them');
        continue;
      }
      if (byAccount && byAccount.id !== match?.id) {
        fail(row, `account ${account} belongs to another person`);
        continue;
      }
      if (staffKey) seenStaff.set(staffKey, row);
      if (account) seenAccount.set(`${org.tenantId}/${account}`, row);
      out.push({
        row,
        id: match?.id ?? randomUUID(),
        update: match !== undefined,
        org,
        fullName,
        party: values.partyPosition || null,
        gov: values.governmentPosition || null,
        leadsId,
        account,
        staffCode,
        leftAt,
      });
    }
    if (errors.length > 0) return { created: 0, updated: 0, errors };

    const creates = out.filter((p) => !p.update);
    const updates = out.filter((p) => p.update);
    if (dryRun) return { created: creates.length, updated: updates.length, errors: [] };
    const columns = (list: PersonRow[]) => [
      list.map((p) => p.id),
      list.map((p) => p.org.tenantId),
      list.map((p) => p.org.id),
      list.map((p) => p.org.path),
      list.map((p) => p.fullName),
      list.map((p) => foldVietnamese(p.fullName)),
      list.map((p) => p.party),
      list.map((p) => p.gov),
      list.map((p) => p.leadsId),
      list.map((p) => p.account),
      list.map((p) => p.staffCode),
      list.map((p) => p.leftAt),
    ];
    const unnest = `unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::ltree[], $5::text[], $6::text[], $7::text[], $8::text[], $9::uuid[], $10::text[], $11::text[], $12::timestamptz[])`;
    try {
      await this.db.transaction(async (m: EntityManager) => {
        await chunked(creates, (chunk) =>
          m.query(
            `INSERT INTO organizations.person (id, tenant_id, organization_id, org_path, full_name, full_name_folded, party_position, government_position, leads_id, account, staff_code, left_at)
             SELECT * FROM ${unnest}`,
            columns(chunk),
          ),
        );
        await chunked(updates, (chunk) =>
          m.query(
            `UPDATE organizations.person p
                SET tenant_id = u.t, organization_id = u.o, org_path = u.op, full_name = u.fn, full_name_folded = u.ff,
                    party_position = u.pp, government_position = u.gp, leads_id = u.l, account = u.a, staff_code = u.s,
                    left_at = COALESCE(u.la, p.left_at), updated_at = now()
               FROM ${unnest} AS u(id, t, o, op, fn, ff, pp, gp, l, a, s, la)
              WHERE p.id = u.id`,
            columns(chunk),
          ),
        );
      });
    } catch (error) {
      if (isUniqueViolation(error))
        return {
          created: 0,
          updated: 0,
          errors: [
            {
              row: 0,
              message: 'an account or staff code was taken meanwhile; nothing was written, try again',
            },
          ],
        };
      throw error;
    }
    return { created: creates.length, updated: updates.length, errors: [] };
  }

  private async organizationsByCode(codes: string[]): Promise<Map<string, OrganizationEntity>> {
    const found = new Map<string, OrganizationEntity>();
    for (let i = 0; i < codes.length; i += CHUNK) {
      const rows = await this.db
        .getRepository(OrganizationEntity)
        .createQueryBuilder('o')
        .where('o.code = ANY(:codes)', { codes: codes.slice(i, i + CHUNK) })
        .getMany();
      for (const r of rows) found.set(r.code, r);
    }
    // Parents of existing rows, so that "same parent" can be checked by code.
    const parentIds = [...found.values()]
      .map((o) => o.parentId)
      .filter((id): id is string => id !== null && ![...found.values()].some((f) => f.id === id));
    if (parentIds.length > 0) {
      const parents = await this.db
        .getRepository(OrganizationEntity)
        .createQueryBuilder('o')
        .where('o.id = ANY(:ids)', { ids: parentIds })
        .getMany();
      for (const p of parents) if (!found.has(p.code)) found.set(p.code, p);
    }
    return found;
  }

  private async peopleByKeys(staffCodes: string[], accounts: string[]) {
    const byStaff = new Map<string, PersonEntity>();
    const byAccount = new Map<string, PersonEntity>();
    if (staffCodes.length + accounts.length > 0) {
      const rows = await this.db
        .getRepository(PersonEntity)
        .createQueryBuilder('p')
        .where('p.staff_code = ANY(:staff) OR p.account = ANY(:accounts)', { staff: staffCodes, accounts })
        .getMany();
      for (const p of rows) {
        if (p.staffCode) byStaff.set(`${p.tenantId}/${p.staffCode}`, p);
        if (p.account) byAccount.set(`${p.tenantId}/${p.account}`, p);
      }
    }
    return { byStaff, byAccount };
  }
}

function actor(ctx: Context): string {
  return ctx.identity.subject ?? 'unknown';
}
