import { NAMESAKES, PROVINCES, SCHOOL_LEVELS, UNIT_NAMES } from '../names';
import type { SeedPlan } from '../plan';
import { literal, type SeedIds } from '../sql';
import { NATION_CODE, SEEDED_BY } from './dataset';
import type { Step } from './step';
import { fold, nfc, pick, pickFolded } from './text';

/** The tree: the nation, its provinces, district offices, schools and their units, and its history. */
export async function organizations(step: Step, ids: SeedIds, plan: SeedPlan): Promise<void> {
  const { provinces: P, districts: D, institutions: I, units: U } = plan;
  const N = ids.label('N', 0);
  const provinceOf = (d: string) => `((${d}) % ${P})`;
  const districtOf = (i: string) => `((${i}) % ${D})`;
  const institutionOf = (u: string) => `((${u}) % ${I})`;
  const provincePath = (p: string) => `${N} || '.' || ${ids.label('P', p)}`;
  const districtPath = (d: string) => `${provincePath(provinceOf(d))} || '.' || ${ids.label('D', d)}`;
  const institutionPath = (i: string) => `${districtPath(districtOf(i))} || '.' || ${ids.label('I', i)}`;
  const insert = `INSERT INTO organizations.organization (id, code, name, name_folded, kind, parent_id, path, tenant_id)`;
  const suffix = (q: string, every: number, word: string) =>
    `CASE WHEN ${q} >= ${every} THEN '${word}' || (${q} / ${every} + 1) ELSE '' END`;

  await step(
    'organizations: nation',
    `${insert} VALUES (${ids.id('N', 0)}, ${literal(NATION_CODE)}, ${literal(nfc('Việt Nam'))}, ${literal(fold('Việt Nam'))},
       'NATION', NULL, (${N})::ltree, ${ids.id('N', 0)})`,
  );
  const provinceNames = PROVINCES.map(([kind, name]) => `${kind} ${name}`);
  const shortNames = PROVINCES.map(([, name]) => name);
  await step(
    'organizations: provinces',
    `${insert}
     SELECT ${ids.id('P', 'p')}, 'VN-T' || lpad((p + 1)::text, 3, '0'),
            ${pick(provinceNames, `p % ${PROVINCES.length}`)} || ${suffix('p', PROVINCES.length, ' ')},
            ${pickFolded(provinceNames, `p % ${PROVINCES.length}`)} || ${suffix('p', PROVINCES.length, ' ')},
            'PROVINCE', ${ids.id('N', 0)}, (${provincePath('p')})::ltree, ${ids.id('P', 'p')}
       FROM generate_series(0, ${P - 1}) AS p`,
  );
  const office = 'Phòng GD&ĐT khu vực';
  await step(
    'organizations: district education offices',
    `${insert}
     SELECT ${ids.id('D', 'd')}, 'VN-PGD' || lpad((d + 1)::text, 4, '0'),
            ${literal(nfc(office))} || ' ' || (d / ${P} + 1) || ' – ' || ${pick(shortNames, `${provinceOf('d')} % ${PROVINCES.length}`)},
            ${literal(fold(office))} || ' ' || (d / ${P} + 1) || ' – ' || ${pickFolded(shortNames, `${provinceOf('d')} % ${PROVINCES.length}`)},
            'AGENCY', ${ids.id('P', provinceOf('d'))}, (${districtPath('d')})::ltree, ${ids.id('D', 'd')}
       FROM generate_series(0, ${D - 1}) AS d`,
  );
  // Within a district, schools are numbered q = i / D: every (level, namesake) pair once.
  const NS = NAMESAKES.length;
  const L = SCHOOL_LEVELS.length;
  await step(
    'organizations: institutions',
    `${insert}
     SELECT ${ids.id('I', 'i')}, 'VN-TR' || lpad((i + 1)::text, 6, '0'),
            ${pick(SCHOOL_LEVELS, `(q / ${NS}) % ${L}`)} || ' ' || ${pick(NAMESAKES, `q % ${NS}`)} || ${suffix('q', NS * L, ' số ')},
            ${pickFolded(SCHOOL_LEVELS, `(q / ${NS}) % ${L}`)} || ' ' || ${pickFolded(NAMESAKES, `q % ${NS}`)} || ${suffix('q', NS * L, ' so ')},
            'INSTITUTION', ${ids.id('D', districtOf('i'))}, (${institutionPath('i')})::ltree, ${ids.id('I', 'i')}
       FROM generate_series(0, ${I - 1}) AS i, LATERAL (SELECT i / ${D} AS q) AS x`,
  );
  const UN = UNIT_NAMES.length;
  await step(
    'organizations: units',
    `${insert}
     SELECT ${ids.id('U', 'u')}, 'VN-TO' || lpad((u + 1)::text, 7, '0'),
            ${pick(UNIT_NAMES, `q % ${UN}`)} || ${suffix('q', UN, ' ')},
            ${pickFolded(UNIT_NAMES, `q % ${UN}`)} || ${suffix('q', UN, ' ')},
            'UNIT', ${ids.id('I', institutionOf('u'))},
            (${institutionPath(institutionOf('u'))} || '.' || ${ids.label('U', 'u')})::ltree, ${ids.id('I', institutionOf('u'))}
       FROM generate_series(0, ${U - 1}) AS u, LATERAL (SELECT u / ${I} AS q) AS x`,
  );
  // As an import records them: one CREATED change per organization, one batch.
  await step(
    'organizations: history (CREATED)',
    `INSERT INTO organizations.organization_change (id, tenant_id, organization_id, kind, status, to_parent_id, batch_id,
            effective_from, applied_at, recorded_by)
     SELECT gen_random_uuid(), tenant_id, id, 'CREATED', 'APPLIED', parent_id, $1, now(), now(), $2
       FROM organizations.organization WHERE path <@ (${N})::ltree ORDER BY path`,
    [ids.idOf('B', 0), SEEDED_BY],
  );
}
