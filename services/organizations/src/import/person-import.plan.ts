import { randomUUID } from 'node:crypto';
import { isUnder, subject } from '@laurel/auth';
import type { ImportError } from '@laurel/graphql';
import type { TableRow } from '@laurel/spreadsheets';
import type { Context } from '../context';
import type { OrganizationEntity } from '../organization/organization.entity';
import type { KnownPeople } from './import.lookups';

/** `YYYY-MM-DD` (optionally with a time) or `DD/MM/YYYY`, as Vietnamese files write dates. */
function parseLeftAt(value: string): Date | null {
  const vn = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(value);
  const iso = vn ? `${vn[3]}-${vn[2]!.padStart(2, '0')}-${vn[1]!.padStart(2, '0')}` : value;
  if (!/^\d{4}-\d{2}-\d{2}/.test(iso)) return null;
  const date = new Date(iso.length === 10 ? `${iso}T00:00:00+07:00` : iso);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** A row of the file to write: a new person (`update` false) or a change of a known one. */
export interface PlannedPerson {
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

/** Every bad row with its reason; when there is none, what to write. */
export interface PersonImportPlan {
  errors: ImportError[];
  creates: PlannedPerson[];
  updates: PlannedPerson[];
}

/**
 * Checks every row of a people file against the file itself, the directory (`orgs` by code,
 * `known` people by staff code and account) and what the caller may do. Reads nothing and writes
 * nothing.
 */
export function planPeopleImport(
  ctx: Context,
  rows: TableRow[],
  orgs: ReadonlyMap<string, OrganizationEntity>,
  known: KnownPeople,
): PersonImportPlan {
  const errors: ImportError[] = [];
  const fail = (row: number, message: string) => errors.push({ row, message });
  const out: PlannedPerson[] = [];
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
  if (errors.length > 0) return { errors, creates: [], updates: [] };
  return { errors: [], creates: out.filter((p) => !p.update), updates: out.filter((p) => p.update) };
}
