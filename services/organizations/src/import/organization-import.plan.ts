import { randomUUID } from 'node:crypto';
import { subject } from '@laurel/auth';
import type { ImportError } from '@laurel/graphql';
import type { TableRow } from '@laurel/spreadsheets';
import type { Context } from '../context';
import { ORG_CODE, ORG_CODE_RULE } from '../organization/code';
import {
  ORG_KINDS,
  pathLabel,
  TENANT_KINDS,
  type OrganizationEntity,
  type OrgKindValue,
} from '../organization/organization.entity';

/** A row of the file that passed its own checks: a new organization, or a rename of one. */
export interface PlannedOrganization {
  row: number;
  id: string;
  code: string;
  name: string;
  kind: OrgKindValue;
  parentCode: string | null;
  update: boolean;
}

/** A new organization, placed in the tree (parents first in `creates`). */
export interface PlacedOrganization extends PlannedOrganization {
  path: string;
  tenantId: string;
  parentId: string | null;
}

/** Every bad row with its reason; when there is none, what to write. */
export interface OrganizationImportPlan {
  errors: ImportError[];
  creates: PlacedOrganization[];
  updates: PlannedOrganization[];
}

/**
 * Checks every row of an organizations file against the file itself, the directory (`existing`,
 * by code) and what the caller may do, and places the new organizations in the tree whatever the
 * order of the file. Reads nothing and writes nothing.
 */
export function planOrganizationImport(
  ctx: Context,
  rows: TableRow[],
  existing: ReadonlyMap<string, OrganizationEntity>,
): OrganizationImportPlan {
  const errors: ImportError[] = [];
  const fail = (row: number, message: string) => errors.push({ row, message });

  const planned = new Map<string, PlannedOrganization>();
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

  const creates: PlacedOrganization[] = [];
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

  if (errors.length > 0) return { errors: errors.sort((a, b) => a.row - b.row), creates: [], updates: [] };

  const updates = [...planned.values()].filter((p) => p.update);
  creates.sort((a, b) => a.path.split('.').length - b.path.split('.').length);
  return { errors: [], creates, updates };
}
