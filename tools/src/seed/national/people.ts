import { FAMILY_NAMES, GIVEN_NAMES, MIDDLE_NAMES } from '../names';
import type { SeedPlan } from '../plan';
import { literal, type SeedIds } from '../sql';
import { councilOrg } from './councils';
import type { Step } from './step';
import { nfc, pick, pickFolded } from './text';

/**
 * People: councils' members first (the head of the organization leads it), then every school's
 * and unit's head, then teachers spread over the units.
 */
export async function people(step: Step, ids: SeedIds, plan: SeedPlan): Promise<void> {
  const { institutions: I, units: U } = plan;
  const M = plan.councilSize;
  const O = plan.officials;
  const unitOf = (k: string) =>
    `CASE WHEN ${k} < ${O + I} THEN NULL WHEN ${k} < ${O + I + U} THEN ${k} - ${O + I} ELSE (${k} - ${O + I + U}) % ${U} END`;
  const orgOf = (k: string) =>
    `CASE WHEN ${k} < ${O} THEN ${councilOrg(ids, plan, `(${k} / ${M})`)}
          WHEN ${k} < ${O + I} THEN ${ids.id('I', `${k} - ${O}`)}
          ELSE ${ids.id('U', unitOf(k))} END`;
  const name = (values: (v: readonly string[], i: string) => string) =>
    `${values(FAMILY_NAMES, '(k * 7 + k / 97) % 16')} || ' ' || ${values(MIDDLE_NAMES, `(k * 5 + k / 16) % ${MIDDLE_NAMES.length}`)} || ' ' || ${values(GIVEN_NAMES, `(k * 11 + k / 192) % ${GIVEN_NAMES.length}`)}`;
  const head = { NATION: 'Trưởng ban', PROVINCE: 'Chủ tịch Ủy ban nhân dân', AGENCY: 'Trưởng phòng' };
  const deputy = {
    NATION: 'Phó Trưởng ban',
    PROVINCE: 'Phó Chủ tịch Ủy ban nhân dân',
    AGENCY: 'Phó Trưởng phòng',
  };
  await step(
    'people',
    `INSERT INTO organizations.person (id, tenant_id, organization_id, org_path, full_name, full_name_folded,
            party_position, government_position, leads_id, account, staff_code)
     SELECT ${ids.id('H', 'k')}, o.tenant_id, o.id, o.path, ${name(pick)}, ${name(pickFolded)},
            CASE WHEN k < ${O} AND k % ${M} = 0 THEN ${literal(nfc('Bí thư Chi bộ'))}
                 WHEN k < ${O} AND k % ${M} = 1 THEN ${literal(nfc('Phó Bí thư Chi bộ'))}
                 WHEN k < ${O} AND k % ${M} = 2 THEN ${literal(nfc('Chủ tịch Công đoàn'))}
                 WHEN k < ${O} THEN NULL
                 WHEN k < ${O + I} THEN ${literal(nfc('Bí thư Chi bộ'))}
                 WHEN k < ${O + I + U} THEN NULL
                 WHEN (k - ${O + I + U}) % 25 = 0 THEN ${literal(nfc('Bí thư Chi đoàn'))}
                 WHEN (k - ${O + I + U}) % 25 = 1 THEN ${literal(nfc('Tổ trưởng Công đoàn'))} END,
            CASE WHEN k < ${O} AND k % ${M} = 0 THEN (${literal(JSON.stringify(head))}::jsonb) ->> o.kind
                 WHEN k < ${O} AND k % ${M} = 1 THEN (${literal(JSON.stringify(deputy))}::jsonb) ->> o.kind
                 WHEN k < ${O} THEN ${literal(nfc('Chuyên viên'))}
                 WHEN k < ${O + I} THEN ${literal(nfc('Hiệu trưởng'))}
                 WHEN k < ${O + I + U} THEN ${literal(nfc('Tổ trưởng chuyên môn'))}
                 ELSE ${literal(nfc('Giáo viên'))} END,
            CASE WHEN (k < ${O} AND k % ${M} = 0) OR (k >= ${O} AND k < ${O + I + U}) THEN o.id END,
            NULL, 'CB' || lpad((k + 1)::text, 8, '0')
       FROM generate_series(0, ${plan.people - 1}) AS k
       JOIN organizations.organization o ON o.id = ${orgOf('k')}
      ORDER BY k`,
  );
}
