import { ANONYMOUS, signInternalRequest, type Identity } from '@laurel/auth';
import { pendingSchemaChanges } from '@laurel/db';
import { applyFeedRows } from '@laurel/directory';
import { startSubgraphForTest, type SubgraphTestHarness } from '@laurel/service';
import { randomBytes, randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { createCampaignsApp, type CampaignsApp } from '../app';
import { campaignsDataSource } from '../data-source';
import { migrate } from '../migrate';

const SECRET = randomBytes(32).toString('hex');
const CODES = [
  'DIEN_HINH_TIEN_TIEN_CA_NHAN',
  'DIEN_HINH_TIEN_TIEN_TAP_THE',
  'MO_HINH_TIEU_BIEU',
  'LAO_DONG_TIEN_TIEN',
  'CHIEN_SI_THI_DUA_CO_SO',
  'CHIEN_SI_THI_DUA_CAP_TINH',
  'CHIEN_SI_THI_DUA_TOAN_QUOC',
  'TAP_THE_LAO_DONG_TIEN_TIEN',
  'TAP_THE_LAO_DONG_XUAT_SAC',
  'GIAY_KHEN',
  'BANG_KHEN_TINH',
  'BANG_KHEN_THU_TUONG',
  'HUAN_CHUONG_LAO_DONG_HANG_BA',
  'SANG_KIEN_CO_SO',
];
const USER: Identity = {
  subject: 'user-1',
  isPlatformAdmin: false,
  personIds: [],
  personPaths: [],
  grants: [],
  apiKey: null,
  tenantRoots: [],
};

describe('campaigns subgraph', () => {
  let harness: SubgraphTestHarness<CampaignsApp>;
  let url: string;
  const post = <T>(identity: Identity | null, query: string, variables: Record<string, unknown> = {}) =>
    harness.post<T>(identity, query, variables);
  let db: DataSource;
  let app: CampaignsApp;

  beforeAll(async () => {
    harness = await startSubgraphForTest({
      dataSource: campaignsDataSource,
      internalSecret: SECRET,
      start: ({ db, internalSecret }) =>
        createCampaignsApp({ db, port: 0, internalSecret, directorySync: null }),
    });
    db = harness.db;
    app = harness.app;
    url = harness.url;
  });

  afterAll(() => harness?.close());

  it('migrations match the entities', async () => {
    expect(await pendingSchemaChanges(db)).toEqual([]);
  });

  it('migrating again runs nothing', async () => {
    expect(await migrate(url)).toEqual([]);
  });

  it('seeds the national catalogue with NFC Vietnamese names', async () => {
    const rows: { code: string; name_vi: string; name_en: string }[] = await db.query(
      `SELECT code, name_vi, name_en FROM campaigns.distinction ORDER BY code`,
    );
    expect(rows.map((r) => r.code).sort()).toEqual([...CODES].sort());
    for (const row of rows) {
      expect(row.name_vi).toBe(row.name_vi.normalize('NFC'));
      expect(row.name_vi).toMatch(/[^\x00-\x7F]/);
      expect(row.name_en.length).toBeGreaterThan(0);
    }
  });

  it('serves the catalogue, by level then code, filtered by target', async () => {
    const all = await post<{
      distinctions: { code: string; level: string; target: string; nameVi: string }[];
    }>(USER, `{ distinctions { code nameVi nameEn target level } }`);
    expect(all.json.errors).toBeUndefined();
    const list = all.json.data!.distinctions;
    expect(list).toHaveLength(14);
    expect(list[0]!.level).toBe('NATION');
    expect(list.find((d) => d.code === 'CHIEN_SI_THI_DUA_CAP_TINH')).toMatchObject({
      nameVi: 'Chiến sĩ thi đua cấp tỉnh',
      target: 'INDIVIDUAL',
      level: 'PROVINCE',
    });

    const collectives = await post<{ distinctions: { code: string; targets: string[] }[] }>(
      USER,
      `query ($t: Target) { distinctions(target: $t) { code targets } }`,
      { t: 'COLLECTIVE' },
    );
    const codes = collectives.json.data!.distinctions.map((d) => d.code);
    // Giấy khen goes to collectives too, though its primary target is INDIVIDUAL.
    expect(codes).toEqual(
      expect.arrayContaining(['DIEN_HINH_TIEN_TIEN_TAP_THE', 'MO_HINH_TIEU_BIEU', 'GIAY_KHEN']),
    );
    expect(codes).not.toContain('DIEN_HINH_TIEN_TIEN_CA_NHAN');
    expect(collectives.json.data!.distinctions.every((d) => d.targets.includes('COLLECTIVE'))).toBe(true);
  });

  it('refuses an anonymous caller and an unsigned request', async () => {
    const anonymous = await post(ANONYMOUS, `{ distinctions { code } }`);
    expect(anonymous.json.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const unsigned = await post(null, `{ distinctions { code } }`);
    expect(unsigned.status).toBe(401);
  });

  it('resolves Distinction references by code', async () => {
    const res = await post<{ _entities: ({ code: string; nameEn: string } | null)[] }>(
      USER,
      `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Distinction { code nameEn } } }`,
      {
        r: [
          { __typename: 'Distinction', code: 'GIAY_KHEN' },
          { __typename: 'Distinction', code: 'NO_SUCH_CODE' },
        ],
      },
    );
    expect(res.json.errors).toBeUndefined();
    expect(res.json.data!._entities).toEqual([{ code: 'GIAY_KHEN', nameEn: 'Certificate of Merit' }, null]);
  });

  it('serves campaigns with quotas and criteria to other services on /internal/campaigns', async () => {
    const provinceId = randomUUID();
    const districtId = randomUUID();
    const label = (id: string) => id.replace(/-/g, '');
    await db.transaction((m) =>
      applyFeedRows(m, 'campaigns', 'organizations', [
        {
          id: provinceId,
          code: 'P',
          name: 'Tỉnh',
          kind: 'PROVINCE',
          parentId: null,
          path: label(provinceId),
          tenantId: provinceId,
          mergedIntoId: null,
          dissolvedAt: null,
          xid: '1',
        },
        {
          id: districtId,
          code: 'D',
          name: 'Huyện',
          kind: 'DISTRICT',
          parentId: provinceId,
          path: `${label(provinceId)}.${label(districtId)}`,
          tenantId: districtId,
          mergedIntoId: null,
          dissolvedAt: null,
          xid: '1',
        },
      ]),
    );
    const admin: Identity = { ...USER, isPlatformAdmin: true };
    const created = await post<{ createCampaign: { id: string; quotas: { min: number; max: number }[] } }>(
      admin,
      `mutation($input: CreateCampaignInput!) { createCampaign(input: $input) { id quotas { min max } } }`,
      {
        input: {
          organizationId: provinceId,
          title: 'Thi đua yêu nước',
          year: 2030,
          kind: 'ANNUAL',
          registrationDeadline: '2030-01-10T10:00:00Z',
          proposalDeadline: '2030-02-05T10:00:00Z',
          distinctionCodes: ['MO_HINH_TIEU_BIEU'],
          quotas: [{ organizationId: districtId, min: 9, max: 10 }],
          criteria: [{ target: 'COLLECTIVE', text: 'Tiêu chí 1' }],
        },
      },
    );
    expect(created.json.errors).toBeUndefined();
    const id = created.json.data!.createCampaign.id;

    const body = JSON.stringify({ ids: [id, randomUUID(), 'not-an-id'] });
    const res = await fetch(app.url.replace('/graphql', '/internal/campaigns'), {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...signInternalRequest(ANONYMOUS, SECRET, body) },
      body,
    });
    expect(res.status).toBe(200);
    const { campaigns } = (await res.json()) as { campaigns: Record<string, unknown>[] };
    expect(campaigns).toEqual([
      expect.objectContaining({
        id,
        organizationId: provinceId,
        status: 'DRAFT',
        distinctionCodes: ['MO_HINH_TIEU_BIEU'],
        quotas: [expect.objectContaining({ organizationId: districtId, groupId: null, min: 9, max: 10 })],
        criteria: [expect.objectContaining({ target: 'COLLECTIVE' })],
      }),
    ]);
  });
});
