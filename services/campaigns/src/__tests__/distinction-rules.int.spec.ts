import { testServerUrl } from '@laurel/service';
import { randomBytes, randomUUID } from 'node:crypto';
import { signInternalRequest, type Identity } from '@laurel/auth';
import { dropDatabase, ensureDatabase, pendingSchemaChanges, withDatabase } from '@laurel/db';
import type { DataSource } from 'typeorm';
import { createCampaignsApp, type CampaignsApp } from '../app';
import { createDataSource } from '../data-source';
import { DistinctionRulesService } from '../distinction/distinction-rules.service';
import { migrate } from '../migrate';
import type { OrganizationRef } from '../organization-lookup';

const SECRET = randomBytes(32).toString('hex');

// A small organization directory, as the replicated one will answer: ltree labels are the ids
// without dashes, root first.
const label = (id: string) => id.replace(/-/g, '');
const PROVINCE = randomUUID();
const AGENCY = randomUUID(); // Sở GD&ĐT, under the province
const SCHOOL = randomUUID(); // under the agency
const OTHER_PROVINCE = randomUUID();
const DIRECTORY = new Map<string, OrganizationRef>([
  [PROVINCE, { id: PROVINCE, path: label(PROVINCE), kind: 'PROVINCE' }],
  [AGENCY, { id: AGENCY, path: `${label(PROVINCE)}.${label(AGENCY)}`, kind: 'AGENCY' }],
  [SCHOOL, { id: SCHOOL, path: `${label(PROVINCE)}.${label(AGENCY)}.${label(SCHOOL)}`, kind: 'INSTITUTION' }],
  [OTHER_PROVINCE, { id: OTHER_PROVINCE, path: label(OTHER_PROVINCE), kind: 'PROVINCE' }],
]);

function person(subject: string, grants: [organizationId: string, role: 'ORG_ADMIN' | 'VIEWER'][]): Identity {
  return {
    subject,
    isPlatformAdmin: false,
    personIds: [],
    personPaths: [],
    apiKey: null,
    tenantRoots: [],
    grants: grants.map(([organizationId, role]) => ({
      id: randomUUID(),
      organizationId,
      path: DIRECTORY.get(organizationId)!.path,
      role,
    })),
  };
}
const PROVINCE_ADMIN = person('province-admin', [[PROVINCE, 'ORG_ADMIN']]);
const PROVINCE_VIEWER = person('province-viewer', [[PROVINCE, 'VIEWER']]);
const OTHER_ADMIN = person('other-admin', [[OTHER_PROVINCE, 'ORG_ADMIN']]);
const SCHOOL_ADMIN = person('school-admin', [[SCHOOL, 'ORG_ADMIN']]);
const STRANGER = person('stranger', []);

interface Response<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

interface Rules {
  inForceFrom: string;
  inForceTo: string | null;
  issuerId: string | null;
  vote: {
    threshold: { numerator: number; denominator: number };
    base: string;
    comparison: string;
    secretBallot: boolean;
    confirmed: boolean;
    source: string;
  } | null;
  prerequisites: {
    target: string | null;
    source: string;
    requirements: {
      kind: string;
      code: string | null;
      times: number | null;
      consecutive: boolean | null;
      reach: string | null;
      share: { numerator: number; denominator: number } | null;
      count: number | null;
    }[];
  }[];
  prerequisitesExhaustive: boolean;
  exclusions: { kind: string; months: number | null; source: string }[];
  ratioCap: { code: string; share: { numerator: number; denominator: number }; source: string } | null;
  rewardMultiples: { individual: string | null; collective: string | null; source: string } | null;
  standardVi: string | null;
  source: string;
}

const RULES_FIELDS = `inForceFrom inForceTo issuerId
  vote { threshold { numerator denominator } base comparison secretBallot confirmed source }
  prerequisites { target source requirements { kind code times consecutive reach share { numerator denominator } count } }
  prerequisitesExhaustive exclusions { kind months source }
  ratioCap { code share { numerator denominator } source }
  rewardMultiples { individual collective source } standardVi source`;

const SET_STANDARD = `mutation ($input: SetDistinctionStandardInput!) { setDistinctionStandard(input: $input) { ${RULES_FIELDS} } }`;

describe('the catalogue’s versioned rules', () => {
  const url = withDatabase(testServerUrl(), `laurel_rules_${randomBytes(6).toString('hex')}`);
  let db: DataSource;
  let app: CampaignsApp;
  let ran: string[];

  async function post<T>(identity: Identity, query: string, variables: Record<string, unknown> = {}) {
    const body = JSON.stringify({ query, variables });
    const res = await fetch(app.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...signInternalRequest(identity, SECRET, body) },
      body,
    });
    return (await res.json()) as Response<T>;
  }

  /** Every distinction's rules on `at` (one request, so the loader batches them). */
  async function rulesAt(at: string, issuerId?: string): Promise<Map<string, Rules | null>> {
    const res = await post<{ distinctions: { code: string; rules: Rules | null }[] }>(
      STRANGER,
      `query ($at: DateTime, $issuer: ID) { distinctions { code rules(at: $at, issuerId: $issuer) { ${RULES_FIELDS} } } }`,
      { at, issuer: issuerId ?? null },
    );
    expect(res.errors).toBeUndefined();
    return new Map(res.data!.distinctions.map((d) => [d.code, d.rules]));
  }

  async function rulesOf(code: string, at: string, issuerId?: string): Promise<Rules | null> {
    return (await rulesAt(at, issuerId)).get(code)!;
  }

  async function reward(code: string, target: string, decidedAt: string, issuerId?: string) {
    const res = await post<{
      distinctions: {
        code: string;
        reward: {
          multiple: string;
          baseSalary: number;
          amount: number;
          decidedOn: string;
          multipleSource: string;
          baseSalarySource: string;
        } | null;
      }[];
    }>(
      STRANGER,
      `query ($t: Target!, $at: DateTime!, $issuer: ID) { distinctions { code reward(target: $t, decidedAt: $at, issuerId: $issuer) { multiple baseSalary amount decidedOn multipleSource baseSalarySource } } }`,
      { t: target, at: decidedAt, issuer: issuerId ?? null },
    );
    expect(res.errors).toBeUndefined();
    return res.data!.distinctions.find((d) => d.code === code)!.reward;
  }

  function setStandard(identity: Identity, input: Record<string, unknown>) {
    return post<{ setDistinctionStandard: Rules }>(identity, SET_STANDARD, { input });
  }

  const errorCode = (res: Response<unknown>) => res.errors?.[0]?.extensions?.code;

  async function issuerVersions(
    issuerId: string,
  ): Promise<{ code: string; from: string; to: string | null }[]> {
    return db.query(
      `SELECT code, in_force_from::text AS "from", in_force_to::text AS "to" FROM campaigns.distinction_rule
        WHERE issuer_organization_id = $1 ORDER BY code, in_force_from`,
      [issuerId],
    );
  }

  beforeAll(async () => {
    await ensureDatabase(url);
    ran = await migrate(url);
    db = await createDataSource(url, 4).initialize();
    app = await createCampaignsApp({
      db,
      port: 0,
      internalSecret: SECRET,
      directorySync: null,
      resolveOrganization: async (id: string) => DIRECTORY.get(id) ?? null,
    });
  });

  afterAll(async () => {
    await app?.close();
    await db?.destroy();
    await dropDatabase(url);
  });

  describe('the migration', () => {
    it('ran, matches the entities, and runs nothing the second time', async () => {
      expect(ran).toContain('DistinctionRules1763850000000');
      expect(await pendingSchemaChanges(db)).toEqual([]);
      expect(await migrate(url)).toEqual([]);
    });

    it('keeps the overlap exclusion constraint the entity declares', async () => {
      const [row] = await db.query(
        `SELECT pg_get_constraintdef(oid) AS def FROM pg_constraint WHERE conname = 'distinction_rule_no_overlap'`,
      );
      expect(row.def).toMatch(/^EXCLUDE USING gist .*daterange\(in_force_from, in_force_to\) WITH &&/);
    });

    it('seeds three national versions for every distinction, contiguous, all text NFC', async () => {
      const rows: { code: string; from: string; to: string | null; texts: string }[] = await db.query(
        `SELECT code, in_force_from::text AS "from", in_force_to::text AS "to",
                concat_ws('|', vote_source, prerequisites::text, exclusions::text, ratio_cap_source, reward_source, standard_vi, source) AS texts
           FROM campaigns.distinction_rule WHERE issuer_organization_id IS NULL ORDER BY code, in_force_from`,
      );
      expect(rows).toHaveLength(14 * 3);
      for (const code of new Set(rows.map((r) => r.code))) {
        const periods = rows.filter((r) => r.code === code).map((r) => [r.from, r.to]);
        expect(periods).toEqual([
          ['2017-10-01', '2024-01-01'],
          ['2024-01-01', '2025-07-01'],
          ['2025-07-01', null],
        ]);
      }
      for (const row of rows) expect(row.texts).toBe(row.texts.normalize('NFC'));
    });

    it('seeds the base salary history', async () => {
      const rows = await db.query(
        `SELECT in_force_from::text AS "from", amount_vnd AS amount, source FROM campaigns.base_salary ORDER BY 1`,
      );
      expect(rows).toEqual([
        { from: '2017-07-01', amount: 1_300_000, source: 'Nghị định 47/2017/NĐ-CP' },
        { from: '2018-07-01', amount: 1_390_000, source: 'Nghị định 72/2018/NĐ-CP' },
        { from: '2019-07-01', amount: 1_490_000, source: 'Nghị định 38/2019/NĐ-CP' },
        { from: '2023-07-01', amount: 1_800_000, source: 'Nghị định 24/2023/NĐ-CP' },
        { from: '2024-07-01', amount: 2_340_000, source: 'Nghị định 73/2024/NĐ-CP' },
        // Issue 19: reported, marked unconfirmed in its source.
        {
          from: '2026-07-01',
          amount: 2_530_000,
          source: expect.stringContaining('[unconfirmed'),
        },
      ]);
    });
  });

  describe('the catalogue', () => {
    it('says the targets, kind and delegation of every distinction', async () => {
      const res = await post<{
        distinctions: { code: string; target: string; targets: string[]; kind: string; delegated: boolean }[];
      }>(STRANGER, `{ distinctions { code target targets kind delegated } }`);
      expect(res.errors).toBeUndefined();
      const byCode = new Map(res.data!.distinctions.map((d) => [d.code, d]));
      for (const code of [
        'GIAY_KHEN',
        'BANG_KHEN_TINH',
        'BANG_KHEN_THU_TUONG',
        'HUAN_CHUONG_LAO_DONG_HANG_BA',
      ]) {
        expect(byCode.get(code)).toMatchObject({
          target: 'INDIVIDUAL',
          targets: ['INDIVIDUAL', 'COLLECTIVE'],
        });
      }
      expect(byCode.get('TAP_THE_LAO_DONG_XUAT_SAC')!.targets).toEqual(['COLLECTIVE']);
      expect(byCode.get('CHIEN_SI_THI_DUA_CO_SO')).toMatchObject({ kind: 'TITLE', delegated: false });
      expect(byCode.get('SANG_KIEN_CO_SO')!.kind).toBe('INITIATIVE');
      expect(byCode.get('MO_HINH_TIEU_BIEU')!.kind).toBe('RECOGNITION');
      expect(byCode.get('BANG_KHEN_TINH')!.kind).toBe('AWARD');
      expect(
        res
          .data!.distinctions.filter((d) => d.delegated)
          .map((d) => d.code)
          .sort(),
      ).toEqual([
        'GIAY_KHEN',
        'LAO_DONG_TIEN_TIEN',
        'TAP_THE_LAO_DONG_TIEN_TIEN',
        'TAP_THE_LAO_DONG_XUAT_SAC',
      ]);
    });

    it('lists a distinction that goes to both targets under each', async () => {
      const list = async (target: string) => {
        const res = await post<{ distinctions: { code: string; targets: string[] }[] }>(
          STRANGER,
          `query ($t: Target) { distinctions(target: $t) { code targets } }`,
          { t: target },
        );
        expect(res.errors).toBeUndefined();
        return res.data!.distinctions;
      };
      const collective = await list('COLLECTIVE');
      expect(collective.map((d) => d.code)).toEqual(
        expect.arrayContaining([
          'GIAY_KHEN',
          'BANG_KHEN_TINH',
          'BANG_KHEN_THU_TUONG',
          'TAP_THE_LAO_DONG_XUAT_SAC',
        ]),
      );
      expect(collective.map((d) => d.code)).not.toContain('LAO_DONG_TIEN_TIEN');
      expect(collective.every((d) => d.targets.includes('COLLECTIVE'))).toBe(true);
      const individual = await list('INDIVIDUAL');
      expect(individual.map((d) => d.code)).toEqual(
        expect.arrayContaining(['GIAY_KHEN', 'LAO_DONG_TIEN_TIEN']),
      );
      expect(individual.map((d) => d.code)).not.toContain('TAP_THE_LAO_DONG_XUAT_SAC');
    });
  });

  describe('the national rules in force on a date', () => {
    it('caps Chiến sĩ thi đua cơ sở at 15% of Lao động tiên tiến in 2020, not in 2026', async () => {
      const in2020 = await rulesOf('CHIEN_SI_THI_DUA_CO_SO', '2020-11-15T03:00:00Z');
      expect(in2020!.inForceFrom).toBe('2017-10-01');
      expect(in2020!.ratioCap).toEqual({
        code: 'LAO_DONG_TIEN_TIEN',
        share: { numerator: 3, denominator: 20 },
        source: expect.stringContaining('Nghị định 91/2017/NĐ-CP, Điều 9'),
      });
      const in2026 = await rulesOf('CHIEN_SI_THI_DUA_CO_SO', '2026-11-15T03:00:00Z');
      expect(in2026!.inForceFrom).toBe('2025-07-01');
      expect(in2026!.ratioCap).toBeNull();
      expect((await rulesOf('CHIEN_SI_THI_DUA_CO_SO', '2024-05-01T03:00:00Z'))!.ratioCap).toBeNull();
    });

    it('switches versions on the Asia/Ho_Chi_Minh calendar date, not the UTC one', async () => {
      // 2024-12-31T17:30Z is 00:30 on 2025-01-01 in Hà Nội; 2025-06-30T17:00Z is 2025-07-01 00:00.
      expect((await rulesOf('CHIEN_SI_THI_DUA_CO_SO', '2023-12-31T16:59:59Z'))!.inForceFrom).toBe(
        '2017-10-01',
      );
      expect((await rulesOf('CHIEN_SI_THI_DUA_CO_SO', '2023-12-31T17:00:00Z'))!.inForceFrom).toBe(
        '2024-01-01',
      );
      expect((await rulesOf('CHIEN_SI_THI_DUA_CO_SO', '2025-06-30T17:00:00Z'))!.inForceFrom).toBe(
        '2025-07-01',
      );
    });

    it('has no rules before the first version', async () => {
      expect(await rulesOf('CHIEN_SI_THI_DUA_CO_SO', '2016-06-01T00:00:00Z')).toBeNull();
    });

    it('takes the council vote of each version, unconfirmed under Nghị định 152/2025', async () => {
      const fighter2020 = await rulesOf('CHIEN_SI_THI_DUA_CAP_TINH', '2020-06-01T00:00:00Z');
      expect(fighter2020!.vote).toMatchObject({
        threshold: { numerator: 9, denominator: 10 },
        base: 'TOTAL_MEMBERS',
        comparison: 'AT_LEAST',
        secretBallot: true,
        confirmed: true,
      });
      expect(fighter2020!.vote!.source).toContain('Nghị định 91/2017/NĐ-CP, Điều 45');

      const at2024 = await rulesAt('2024-09-01T00:00:00Z');
      for (const code of ['CHIEN_SI_THI_DUA_CAP_TINH', 'CHIEN_SI_THI_DUA_TOAN_QUOC']) {
        expect(at2024.get(code)!.vote).toMatchObject({
          threshold: { numerator: 9, denominator: 10 },
          base: 'TOTAL_MEMBERS',
          comparison: 'AT_LEAST',
          confirmed: true,
          source: expect.stringContaining('Nghị định 98/2023/NĐ-CP, Điều 30 khoản 7'),
        });
      }
      expect(at2024.get('CHIEN_SI_THI_DUA_CO_SO')!.vote).toMatchObject({
        threshold: { numerator: 4, denominator: 5 },
        base: 'TOTAL_MEMBERS',
        comparison: 'AT_LEAST',
        confirmed: true,
      });
      expect(at2024.get('LAO_DONG_TIEN_TIEN')!.vote).toMatchObject({
        threshold: { numerator: 1, denominator: 2 },
        comparison: 'MORE_THAN',
      });

      const at2026 = await rulesAt('2026-09-01T00:00:00Z');
      expect(at2026.get('CHIEN_SI_THI_DUA_CO_SO')!.vote).toMatchObject({
        threshold: { numerator: 4, denominator: 5 },
        base: 'TOTAL_MEMBERS',
        confirmed: false,
        source: expect.stringContaining('Nghị định 152/2025/NĐ-CP'),
      });
      expect(at2026.get('CHIEN_SI_THI_DUA_TOAN_QUOC')!.vote).toMatchObject({
        threshold: { numerator: 9, denominator: 10 },
        confirmed: false,
      });
    });

    it('gives Chiến sĩ thi đua cơ sở three routes under the 2022 law and two before it', async () => {
      const kinds = (r: Rules) =>
        r.prerequisites.map((p) =>
          p.requirements.map((q) => (q.kind === 'INITIATIVE' ? `INITIATIVE:${q.reach}` : q.kind)),
        );
      const now = (await rulesOf('CHIEN_SI_THI_DUA_CO_SO', '2026-03-01T00:00:00Z'))!;
      expect(kinds(now)).toEqual([
        ['DISTINCTION', 'RATING_OUTSTANDING'],
        ['DISTINCTION', 'INITIATIVE:INSTITUTION'],
        ['DISTINCTION', 'RESEARCH_APPLIED'],
      ]);
      for (const route of now.prerequisites) {
        expect(route.requirements[0]).toMatchObject({ code: 'LAO_DONG_TIEN_TIEN', times: 1 });
        expect(route.source).toContain('06/2022/QH15, Điều 23');
      }
      expect(now.prerequisitesExhaustive).toBe(true);
      const before = (await rulesOf('CHIEN_SI_THI_DUA_CO_SO', '2019-03-01T00:00:00Z'))!;
      expect(kinds(before)).toEqual([
        ['DISTINCTION', 'INITIATIVE:INSTITUTION'],
        ['DISTINCTION', 'RESEARCH_APPLIED'],
      ]);
    });

    it('chains the fighter titles and the collective and award prerequisites', async () => {
      const at = await rulesAt('2026-03-01T00:00:00Z');
      expect(at.get('CHIEN_SI_THI_DUA_CAP_TINH')!.prerequisites).toEqual([
        expect.objectContaining({
          requirements: [
            expect.objectContaining({
              kind: 'DISTINCTION',
              code: 'CHIEN_SI_THI_DUA_CO_SO',
              times: 3,
              consecutive: true,
            }),
            expect.objectContaining({ kind: 'INITIATIVE', reach: 'PROVINCE' }),
          ],
          source: expect.stringContaining('Điều 22'),
        }),
      ]);
      expect(at.get('CHIEN_SI_THI_DUA_TOAN_QUOC')!.prerequisites).toEqual([
        expect.objectContaining({
          requirements: [
            expect.objectContaining({
              kind: 'DISTINCTION',
              code: 'CHIEN_SI_THI_DUA_CAP_TINH',
              times: 2,
              consecutive: true,
            }),
            expect.objectContaining({ kind: 'INITIATIVE', reach: 'NATION' }),
          ],
          source: expect.stringContaining('Điều 21'),
        }),
      ]);
      expect(at.get('TAP_THE_LAO_DONG_XUAT_SAC')!.prerequisites[0]!.requirements).toEqual([
        expect.objectContaining({ kind: 'MEMBERS_ALL_COMPLETED' }),
        expect.objectContaining({
          kind: 'MEMBERS_SHARE',
          code: 'LAO_DONG_TIEN_TIEN',
          share: { numerator: 7, denominator: 10 },
        }),
        expect.objectContaining({ kind: 'MEMBERS_AT_LEAST', code: 'CHIEN_SI_THI_DUA_CO_SO', count: 1 }),
      ]);
      const bangKhen = at.get('BANG_KHEN_TINH')!;
      expect(bangKhen.prerequisites).toEqual([
        expect.objectContaining({
          target: 'INDIVIDUAL',
          requirements: [
            expect.objectContaining({
              kind: 'DISTINCTION',
              code: 'CHIEN_SI_THI_DUA_CO_SO',
              times: 2,
              consecutive: true,
            }),
          ],
          source: expect.stringContaining('Điều 74'),
        }),
      ]);
      // One route of several: meeting none of them is for the council to judge.
      expect(bangKhen.prerequisitesExhaustive).toBe(false);
      expect(at.get('DIEN_HINH_TIEN_TIEN_CA_NHAN')!.prerequisites).toEqual([]);
      expect(at.get('DIEN_HINH_TIEN_TIEN_TAP_THE')!.prerequisitesExhaustive).toBe(true);
    });

    it('excludes the recently recruited (10 months, then 6) and those under disciplinary review', async () => {
      const months = (r: Rules) => r.exclusions.find((e) => e.kind === 'RECRUITED_WITHIN')?.months;
      expect(months((await rulesOf('LAO_DONG_TIEN_TIEN', '2022-06-01T00:00:00Z'))!)).toBe(10);
      expect(months((await rulesOf('LAO_DONG_TIEN_TIEN', '2024-06-01T00:00:00Z'))!)).toBe(6);
      const now = (await rulesOf('LAO_DONG_TIEN_TIEN', '2026-06-01T00:00:00Z'))!;
      expect(months(now)).toBe(6);
      expect(now.exclusions.find((e) => e.kind === 'RECRUITED_WITHIN')!.source).toContain('01/2024/TT-BNV');
      expect(now.exclusions.find((e) => e.kind === 'DISCIPLINARY_REVIEW')!.source).toContain(
        'Nghị định 152/2025/NĐ-CP, Điều 4',
      );
      expect(now.standardVi).toContain('Nghị định 152/2025/NĐ-CP');
    });
  });

  describe('reward', () => {
    it('is the multiple × the base salary of the decision date, rounded up to 10,000 đồng', async () => {
      // 0.3 × 2,340,000 = 702,000 → 710,000
      expect(await reward('LAO_DONG_TIEN_TIEN', 'INDIVIDUAL', '2026-01-15T02:00:00Z')).toEqual({
        multiple: '0.3',
        baseSalary: 2_340_000,
        amount: 710_000,
        decidedOn: '2026-01-15',
        multipleSource: 'Nghị định 152/2025/NĐ-CP, Điều 49–54',
        baseSalarySource: 'Nghị định 73/2024/NĐ-CP',
      });
      // Before 2024-07-01: 0.3 × 1,800,000 = 540,000 exactly.
      expect(await reward('LAO_DONG_TIEN_TIEN', 'INDIVIDUAL', '2024-03-01T02:00:00Z')).toMatchObject({
        multiple: '0.3',
        baseSalary: 1_800_000,
        amount: 540_000,
      });
      // 2020: 4.5 × 1,490,000 = 6,705,000 → 6,710,000; 0.3 × 1,490,000 = 447,000 → 450,000.
      expect(await reward('CHIEN_SI_THI_DUA_TOAN_QUOC', 'INDIVIDUAL', '2020-12-20T02:00:00Z')).toMatchObject({
        multiple: '4.5',
        baseSalary: 1_490_000,
        amount: 6_710_000,
      });
      expect(await reward('LAO_DONG_TIEN_TIEN', 'INDIVIDUAL', '2020-12-20T02:00:00Z')).toMatchObject({
        amount: 450_000,
      });
    });

    it('takes the multiple of the target and the base salary of the Hà Nội date', async () => {
      expect(await reward('BANG_KHEN_TINH', 'INDIVIDUAL', '2026-05-01T02:00:00Z')).toMatchObject({
        multiple: '1.5',
        amount: 3_510_000,
      });
      expect(await reward('BANG_KHEN_TINH', 'COLLECTIVE', '2026-05-01T02:00:00Z')).toMatchObject({
        multiple: '3.0',
        amount: 7_020_000,
      });
      expect(await reward('BANG_KHEN_THU_TUONG', 'COLLECTIVE', '2026-05-01T02:00:00Z')).toMatchObject({
        multiple: '7.0',
        amount: 16_380_000,
      });
      // 2024-06-30T17:30Z is 00:30 on 2024-07-01 in Hà Nội: the new base salary already applies.
      expect(await reward('CHIEN_SI_THI_DUA_CO_SO', 'INDIVIDUAL', '2024-06-30T17:30:00Z')).toMatchObject({
        decidedOn: '2024-07-01',
        baseSalary: 2_340_000,
        amount: 2_340_000,
      });
      expect(await reward('CHIEN_SI_THI_DUA_CO_SO', 'INDIVIDUAL', '2024-06-30T16:30:00Z')).toMatchObject({
        decidedOn: '2024-06-30',
        baseSalary: 1_800_000,
      });
    });

    it('pays the Prime Minister’s Bằng khen 3.5 × (7.0 × a collective) in every era (issue 19 corrections)', async () => {
      // 2020: 3.5 × 1,490,000 = 5,215,000 → 5,220,000 (Decree 91/2017 art. 73; it said 1.5 before).
      expect(await reward('BANG_KHEN_THU_TUONG', 'INDIVIDUAL', '2020-12-20T02:00:00Z')).toMatchObject({
        multiple: '3.5',
        amount: 5_220_000,
        multipleSource: expect.stringContaining('Điều 73'),
      });
      // 2024, under Decree 98/2023: 7.0 × 1,800,000 = 12,600,000.
      expect(await reward('BANG_KHEN_THU_TUONG', 'COLLECTIVE', '2024-03-01T02:00:00Z')).toMatchObject({
        multiple: '7.0',
        amount: 12_600_000,
      });
      // From 1 July 2026 (base salary 2,530,000, unconfirmed): 3.5 × = 8,855,000 → 8,860,000.
      expect(await reward('BANG_KHEN_THU_TUONG', 'INDIVIDUAL', '2026-08-01T02:00:00Z')).toMatchObject({
        multiple: '3.5',
        baseSalary: 2_530_000,
        amount: 8_860_000,
        baseSalarySource: expect.stringContaining('unconfirmed'),
      });
    });

    it('sources the 2017 disciplinary bar to Circular 08/2017/TT-BNV, not the decree', async () => {
      const rows = (await db.query(
        `SELECT DISTINCT e->>'source' AS source FROM campaigns.distinction_rule r, jsonb_array_elements(r.exclusions) e
          WHERE r.issuer_organization_id IS NULL AND r.in_force_from = '2017-10-01' AND e->>'kind' = 'DISCIPLINARY_REVIEW'`,
      )) as { source: string }[];
      expect(rows.map((r) => r.source)).toEqual([expect.stringMatching(/^Thông tư 08\/2017\/TT-BNV/)]);
    });

    it('is null where no multiple is catalogued for the target', async () => {
      expect(await reward('LAO_DONG_TIEN_TIEN', 'COLLECTIVE', '2026-01-15T02:00:00Z')).toBeNull();
      expect(await reward('HUAN_CHUONG_LAO_DONG_HANG_BA', 'INDIVIDUAL', '2026-01-15T02:00:00Z')).toBeNull();
    });
  });

  describe('setDistinctionStandard', () => {
    const standard = (overrides: Record<string, unknown> = {}) => ({
      code: 'LAO_DONG_TIEN_TIEN',
      issuerId: PROVINCE,
      inForceFrom: '2026-01-01',
      standardVi: 'Hoàn thành tốt nhiệm vụ được giao; chấp hành tốt chủ trương, chính sách.',
      source: 'Quyết định 01/2026/QĐ-UBND, Điều 5',
      ...overrides,
    });

    it('gives the province its own version from its date, the national one before', async () => {
      const res = await setStandard(
        PROVINCE_ADMIN,
        standard({
          standardVi: 'Hoa\u0300n tha\u0300nh tốt nhiệm vụ được giao', // decomposed: stored NFC
          rewardMultiples: { individual: '0.5', source: 'Quyết định 01/2026/QĐ-UBND, Điều 9' },
        }),
      );
      expect(res.errors).toBeUndefined();
      const created = res.data!.setDistinctionStandard;
      expect(created).toMatchObject({
        inForceFrom: '2026-01-01',
        inForceTo: null,
        issuerId: PROVINCE,
        standardVi: 'Hoàn thành tốt nhiệm vụ được giao',
        source: 'Quyết định 01/2026/QĐ-UBND, Điều 5',
        rewardMultiples: {
          individual: '0.5',
          collective: null,
          source: 'Quyết định 01/2026/QĐ-UBND, Điều 9',
        },
      });
      // What the input leaves out is the national version's.
      expect(created.vote).toMatchObject({
        threshold: { numerator: 1, denominator: 2 },
        comparison: 'MORE_THAN',
      });
      expect(created.exclusions.map((e) => e.kind)).toEqual(['RECRUITED_WITHIN', 'DISCIPLINARY_REVIEW']);

      expect(await rulesOf('LAO_DONG_TIEN_TIEN', '2026-03-01T00:00:00Z', PROVINCE)).toMatchObject({
        issuerId: PROVINCE,
        inForceFrom: '2026-01-01',
      });
      // 00:30 on 2026-01-01 in Hà Nội is still 2025 in UTC.
      expect(await rulesOf('LAO_DONG_TIEN_TIEN', '2025-12-31T17:30:00Z', PROVINCE)).toMatchObject({
        issuerId: PROVINCE,
      });
      expect(await rulesOf('LAO_DONG_TIEN_TIEN', '2025-12-31T16:30:00Z', PROVINCE)).toMatchObject({
        issuerId: null,
        inForceFrom: '2025-07-01',
      });
      // Without the issuer, or for another one, the national version.
      expect(await rulesOf('LAO_DONG_TIEN_TIEN', '2026-03-01T00:00:00Z')).toMatchObject({ issuerId: null });
      expect(await rulesOf('LAO_DONG_TIEN_TIEN', '2026-03-01T00:00:00Z', OTHER_PROVINCE)).toMatchObject({
        issuerId: null,
      });
      // Only the delegated distinction changed for the province.
      expect(await rulesOf('CHIEN_SI_THI_DUA_CO_SO', '2026-03-01T00:00:00Z', PROVINCE)).toMatchObject({
        issuerId: null,
      });
      // The province's multiple: 0.5 × 2,340,000 = 1,170,000.
      expect(
        await reward('LAO_DONG_TIEN_TIEN', 'INDIVIDUAL', '2026-03-01T00:00:00Z', PROVINCE),
      ).toMatchObject({
        multiple: '0.5',
        amount: 1_170_000,
      });
      expect(await reward('LAO_DONG_TIEN_TIEN', 'INDIVIDUAL', '2026-03-01T00:00:00Z')).toMatchObject({
        amount: 710_000,
      });
    });

    it('closes the open version at the date of the next one', async () => {
      const res = await setStandard(
        PROVINCE_ADMIN,
        standard({
          inForceFrom: '2027-01-01',
          standardVi: 'Tiêu chuẩn 2027',
          prerequisites: [
            {
              requirements: [{ kind: 'RATING_OUTSTANDING' }],
              source: 'Quyết định 02/2027/QĐ-UBND, Điều 2',
            },
          ],
        }),
      );
      expect(res.errors).toBeUndefined();
      expect(res.data!.setDistinctionStandard).toMatchObject({
        inForceFrom: '2027-01-01',
        inForceTo: null,
        // Inherited from the province's own previous version, not from the national one.
        rewardMultiples: { individual: '0.5' },
        prerequisites: [{ target: null, requirements: [{ kind: 'RATING_OUTSTANDING' }] }],
      });
      expect(await issuerVersions(PROVINCE)).toEqual([
        { code: 'LAO_DONG_TIEN_TIEN', from: '2026-01-01', to: '2027-01-01' },
        { code: 'LAO_DONG_TIEN_TIEN', from: '2027-01-01', to: null },
      ]);
      expect(await rulesOf('LAO_DONG_TIEN_TIEN', '2026-12-31T00:00:00Z', PROVINCE)).toMatchObject({
        inForceFrom: '2026-01-01',
        inForceTo: '2027-01-01',
        standardVi: 'Hoàn thành tốt nhiệm vụ được giao',
      });
      expect(await rulesOf('LAO_DONG_TIEN_TIEN', '2027-02-01T00:00:00Z', PROVINCE)).toMatchObject({
        inForceFrom: '2027-01-01',
        standardVi: 'Tiêu chuẩn 2027',
      });
    });

    it('refuses a version that would overlap one the issuer already has', async () => {
      for (const inForceFrom of ['2026-06-01', '2027-01-01', '2025-01-01']) {
        const res = await setStandard(PROVINCE_ADMIN, standard({ inForceFrom }));
        expect(errorCode(res)).toBe('BAD_USER_INPUT');
      }
      expect(await issuerVersions(PROVINCE)).toHaveLength(2);
    });

    it('refuses a distinction whose standards are national', async () => {
      const res = await setStandard(PROVINCE_ADMIN, standard({ code: 'CHIEN_SI_THI_DUA_CAP_TINH' }));
      expect(errorCode(res)).toBe('BAD_USER_INPUT');
      expect(res.errors![0]!.message).toContain('not delegated');
      expect(errorCode(await setStandard(PROVINCE_ADMIN, standard({ code: 'NO_SUCH_CODE' })))).toBe(
        'NOT_FOUND',
      );
    });

    it('refuses whoever may not manage the issuer’s campaigns', async () => {
      const input = standard({ inForceFrom: '2030-01-01' });
      // Sees the province but may not change it.
      expect(errorCode(await setStandard(PROVINCE_VIEWER, input))).toBe('FORBIDDEN');
      // Does not see it at all.
      expect(errorCode(await setStandard(OTHER_ADMIN, input))).toBe('NOT_FOUND');
      // A school inside the province sees the province's published campaigns: visible, not its to change.
      expect(errorCode(await setStandard(SCHOOL_ADMIN, input))).toBe('FORBIDDEN');
      expect(errorCode(await setStandard(STRANGER, input))).toBe('NOT_FOUND');
      expect(await issuerVersions(PROVINCE)).toHaveLength(2);
    });

    it('takes only a province or an agency as issuer', async () => {
      const school = await setStandard(PROVINCE_ADMIN, standard({ issuerId: SCHOOL }));
      expect(errorCode(school)).toBe('BAD_USER_INPUT');
      const unknown = await setStandard(PROVINCE_ADMIN, standard({ issuerId: randomUUID() }));
      expect(errorCode(unknown)).toBe('NOT_FOUND');
      expect(await issuerVersions(SCHOOL)).toEqual([]);
    });

    it('refuses malformed standards, naming the field', async () => {
      const cases: [Record<string, unknown>, string][] = [
        [{ inForceFrom: '2028-02-30' }, 'inForceFrom'],
        [{ inForceFrom: '01/01/2028' }, 'inForceFrom'],
        [{ standardVi: '   ' }, 'standardVi'],
        [{ rewardMultiples: { collective: '0.5', source: 'QĐ' } }, 'rewardMultiples'],
        [{ rewardMultiples: { individual: '0.25', source: 'QĐ' } }, 'rewardMultiples.individual'],
        [
          {
            vote: {
              threshold: { numerator: 3, denominator: 2 },
              base: 'TOTAL_MEMBERS',
              comparison: 'AT_LEAST',
              secretBallot: true,
              source: 'QĐ',
            },
          },
          'vote.threshold',
        ],
        [{ prerequisites: [{ requirements: [{ kind: 'DISTINCTION', code: 'NO_SUCH' }], source: 'QĐ' }] }, ''],
        [
          { prerequisites: [{ requirements: [{ kind: 'INITIATIVE' }], source: 'QĐ' }] },
          'prerequisites[0].requirements[0]',
        ],
        [
          { prerequisites: [{ requirements: [{ kind: 'RATING_OUTSTANDING', count: 2 }], source: 'QĐ' }] },
          'prerequisites[0].requirements[0]',
        ],
        [{ prerequisites: [{ requirements: [], source: 'QĐ' }] }, 'prerequisites[0]'],
        [
          { prerequisites: [{ requirements: [{ kind: 'RESEARCH_APPLIED' }], source: ' ' }] },
          'prerequisites[0].source',
        ],
      ];
      for (const [overrides, field] of cases) {
        const res = await setStandard(PROVINCE_ADMIN, standard({ inForceFrom: '2028-01-01', ...overrides }));
        expect({ overrides, code: errorCode(res) }).toEqual({ overrides, code: 'BAD_USER_INPUT' });
        // Domain errors name the field in extensions.field, input validation in validationErrors.
        const extensions = res.errors![0]!.extensions as {
          field?: string;
          validationErrors?: { field: string }[];
        };
        const fields = [extensions.field, ...(extensions.validationErrors ?? []).map((v) => v.field)];
        if (field) expect(fields).toContain(field);
      }
      expect(await issuerVersions(PROVINCE)).toHaveLength(2);
    });

    it('lets one of two concurrent versions at the same date through', async () => {
      const input = standard({ code: 'GIAY_KHEN', issuerId: AGENCY, inForceFrom: '2026-02-01' });
      const results = await Promise.all([
        setStandard(PROVINCE_ADMIN, input),
        setStandard(PROVINCE_ADMIN, input),
      ]);
      expect(results.map(errorCode).sort()).toEqual(['BAD_USER_INPUT', undefined]);
      expect(await issuerVersions(AGENCY)).toEqual([{ code: 'GIAY_KHEN', from: '2026-02-01', to: null }]);
    });

    it('is refused by the database itself when versions would overlap', async () => {
      // The refusals below are expected: keep TypeORM from logging them.
      const quiet = jest.spyOn(db.logger, 'logQueryError').mockImplementation(() => undefined);
      const insert = (from: string, to: string | null) =>
        db.query(
          `INSERT INTO campaigns.distinction_rule (id, code, issuer_organization_id, in_force_from, in_force_to, prerequisites, prerequisites_exhaustive, exclusions, source)
           VALUES ($1, 'GIAY_KHEN', $2, $3, $4, '[]', true, '[]', 'test')`,
          [randomUUID(), AGENCY, from, to],
        );
      await expect(insert('2026-06-01', '2026-07-01')).rejects.toMatchObject({ code: '23P01' });
      // National versions too (NULL issuer is one issuer, not "unknown").
      await expect(
        db.query(
          `INSERT INTO campaigns.distinction_rule (id, code, in_force_from, prerequisites, prerequisites_exhaustive, exclusions, source)
           VALUES ($1, 'GIAY_KHEN', '2030-01-01', '[]', true, '[]', 'test')`,
          [randomUUID()],
        ),
      ).rejects.toMatchObject({ code: '23P01' });
      // Adjacent periods do not overlap ([from, to) ranges).
      await insert('2026-01-15', '2026-02-01');
      expect(await issuerVersions(AGENCY)).toHaveLength(2);
      quiet.mockRestore();
    });
  });

  describe('rulesInForce (what the campaigns code calls)', () => {
    it('takes the nearest issuer’s version, else the national one, in one query', async () => {
      const provinceGiayKhen = await setStandard(PROVINCE_ADMIN, {
        code: 'GIAY_KHEN',
        issuerId: PROVINCE,
        inForceFrom: '2026-01-01',
        standardVi: 'Giấy khen của tỉnh',
        source: 'Quyết định 03/2026/QĐ-UBND',
      });
      expect(provinceGiayKhen.errors).toBeUndefined();
      const service = new DistinctionRulesService(db);
      const logQuery = jest.spyOn(db.logger, 'logQuery');
      const at = new Date('2026-03-01T08:00:00+07:00');
      const chain = [SCHOOL, AGENCY, PROVINCE];
      const rules = await service.rulesInForce(
        ['GIAY_KHEN', 'LAO_DONG_TIEN_TIEN', 'CHIEN_SI_THI_DUA_CO_SO', 'NO_SUCH_CODE'],
        at,
        chain,
      );
      expect(logQuery).toHaveBeenCalledTimes(1);
      logQuery.mockRestore();
      expect([...rules.keys()].sort()).toEqual(['CHIEN_SI_THI_DUA_CO_SO', 'GIAY_KHEN', 'LAO_DONG_TIEN_TIEN']);
      expect(rules.get('GIAY_KHEN')).toMatchObject({ issuerId: AGENCY, inForceFrom: '2026-02-01' });
      expect(rules.get('LAO_DONG_TIEN_TIEN')).toMatchObject({
        issuerId: PROVINCE,
        inForceFrom: '2026-01-01',
      });
      expect(rules.get('CHIEN_SI_THI_DUA_CO_SO')).toMatchObject({
        issuerId: null,
        inForceFrom: '2025-07-01',
      });

      // Before the agency's first version (2026-01-15, inserted above), the province's.
      const early = await service.rulesInForce(['GIAY_KHEN'], new Date('2026-01-10T08:00:00+07:00'), chain);
      expect(early.get('GIAY_KHEN')).toMatchObject({ issuerId: PROVINCE, inForceFrom: '2026-01-01' });
      const later = await service.rulesInForce(['GIAY_KHEN'], new Date('2026-01-20T08:00:00+07:00'), chain);
      expect(later.get('GIAY_KHEN')).toMatchObject({ issuerId: AGENCY, inForceFrom: '2026-01-15' });
      // The province alone: its own; nobody: the national version.
      expect((await service.rulesInForce(['GIAY_KHEN'], at, [PROVINCE])).get('GIAY_KHEN')!.issuerId).toBe(
        PROVINCE,
      );
      expect((await service.rulesInForce(['GIAY_KHEN'], at)).get('GIAY_KHEN')!.issuerId).toBeNull();
      // Ids that are not ours are no issuers, not errors.
      expect(
        (await service.rulesInForce(['GIAY_KHEN'], at, ['not-an-id'])).get('GIAY_KHEN')!.issuerId,
      ).toBeNull();
      expect(await service.rulesInForce([], at, chain)).toEqual(new Map());
    });
  });
});
