import { codes, graphql, ok, uniqueCode } from '@laurel/testing';
import { admin, createOrg, provinceWithSchools } from './flows';
import { gql } from '../gql';

const ORG =
  gql(`query OrganizationTreeRead($id: ID!) { organization(id: $id) { id code name kind dissolvedAt parent { id } ancestors { id } tenant { id }
  children(first: 50) { totalCount edges { node { id name } } pageInfo { hasNextPage endCursor } } } }`);

describe('the organization tree through the gateway', () => {
  it('creates every level, with ancestors, tenants and paginated children in Vietnamese order', async () => {
    const { province, district, school1, school2, unit1 } = await provinceWithSchools('Cây');
    const data = await ok(ORG, { id: unit1.id }, await admin());
    expect(data.organization!.ancestors.map((a: { id: string }) => a.id)).toEqual([
      province.id,
      district.id,
      school1.id,
    ]);
    expect(data.organization!.tenant.id).toBe(school1.id); // a unit belongs to its institution
    expect(data.organization!.kind).toBe('UNIT');

    const d = await ok(ORG, { id: district.id }, await admin());
    expect(d.organization!.tenant.id).toBe(district.id);
    // "Trường THCS …" sorts before "Trường Tiểu học …" (C < T)
    expect(d.organization!.children.edges.map((e) => e.node.id)).toEqual([school1.id, school2.id]);

    const page1 = await ok(
      gql(
        `query OrganizationTreeOrganization($id: ID!) { organization(id: $id) { children(first: 1) { totalCount edges { node { id } } pageInfo { hasNextPage endCursor } } } }`,
      ),
      { id: district.id },
      await admin(),
    );
    expect(page1.organization!.children.totalCount).toBe(2);
    expect(page1.organization!.children.pageInfo.hasNextPage).toBe(true);
    const page2 = await ok(
      gql(
        `query OrganizationTreeOrganization2($id: ID!, $after: String) { organization(id: $id) { children(first: 1, after: $after) { edges { node { id } } pageInfo { hasNextPage } } } }`,
      ),
      { id: district.id, after: page1.organization!.children.pageInfo.endCursor },
      await admin(),
    );
    expect(page2.organization!.children.edges[0].node.id).toBe(school2.id);
    expect(page2.organization!.children.pageInfo.hasNextPage).toBe(false);

    const byCode = await ok<{ organizationByCode: { id: string } }>(
      `query($code: String!) { organizationByCode(code: $code) { id } }`,
      { code: school2.code },
      await admin(),
    );
    expect(byCode.organizationByCode.id).toBe(school2.id);
  });

  it('finds organizations by name without diacritics', async () => {
    const { province } = await provinceWithSchools('Tìm kiếm');
    const data = await ok(
      gql(
        `query OrganizationTreeOrganizations($within: ID!) { organizations(search: "truong tieu hoc dong ha", withinId: $within) { totalCount edges { node { name } } } }`,
      ),
      { within: province.id },
      await admin(),
    );
    expect(data.organizations.totalCount).toBe(1);
    expect(data.organizations.edges[0].node.name).toBe('Trường Tiểu học Đông Hà (Tìm kiếm)');
  });

  it('moves a school now, keeps the history, and answers the parent as it was', async () => {
    const { province, district, school1 } = await provinceWithSchools('Di chuyển');
    const other = await createOrg('DISTRICT', 'Huyện Khoái Châu', province.id);
    await new Promise((r) => setTimeout(r, 20));
    const before = new Date().toISOString();
    await new Promise((r) => setTimeout(r, 20));
    const moved = await ok(
      gql(
        `mutation OrganizationTreeMoveOrganization($id: ID!, $to: ID!, $at: DateTime!) { moveOrganization(id: $id, newParentId: $to, effectiveFrom: $at) { id parent { id } ancestors { id } tenant { id } } }`,
      ),
      { id: school1.id, to: other.id, at: new Date().toISOString() },
      await admin(),
    );
    expect(moved.moveOrganization.parent!.id).toBe(other.id);
    expect(moved.moveOrganization.ancestors.map((a) => a.id)).toEqual([province.id, other.id]);
    expect(moved.moveOrganization.tenant.id).toBe(school1.id);

    const history = await ok(
      gql(`query OrganizationTreeOrganization3($id: ID!, $before: DateTime!) { organization(id: $id) {
         history { kind status fromParent { id } toParent { id } }
         parentAt(at: $before) { id } } }`),
      { id: school1.id, before },
      await admin(),
    );
    expect(history.organization!.history.map((h) => h.kind)).toEqual(['CREATED', 'MOVED']);
    expect(history.organization!.history[1]!.fromParent!.id).toBe(district.id);
    expect(history.organization!.parentAt!.id).toBe(district.id);

    // The unit below moved with it.
    const unit = await ok(
      gql(
        `query OrganizationTreeOrganization4($id: ID!) { organization(id: $id) { children { edges { node { ancestors { id } } } } } }`,
      ),
      { id: school1.id },
      await admin(),
    );
    expect(unit.organization!.children.edges[0].node.ancestors.map((a) => a.id)).toEqual([
      province.id,
      other.id,
      school1.id,
    ]);
  });

  it('schedules a move for a later date and applies it when the date comes', async () => {
    const { province, school2 } = await provinceWithSchools('Hẹn giờ');
    const other = await createOrg('DISTRICT', 'Huyện Yên Mỹ', province.id);
    const at = new Date(Date.now() + 1500).toISOString();
    const scheduled = await ok(
      gql(
        `mutation OrganizationTreeMoveOrganization2($id: ID!, $to: ID!, $at: DateTime!) { moveOrganization(id: $id, newParentId: $to, effectiveFrom: $at) { parent { id } history { kind status } } }`,
      ),
      { id: school2.id, to: other.id, at },
      await admin(),
    );
    expect(scheduled.moveOrganization.parent!.id).not.toBe(other.id);
    expect(scheduled.moveOrganization.history.at(-1)).toEqual({ kind: 'MOVED', status: 'SCHEDULED' });
    let parent = '';
    for (let i = 0; i < 40 && parent !== other.id; i++) {
      await new Promise((r) => setTimeout(r, 250));
      const now = await ok(
        gql(`query OrganizationTreeOrganization5($id: ID!) { organization(id: $id) { parent { id } } }`),
        { id: school2.id },
        await admin(),
      );
      parent = now.organization!.parent!.id;
    }
    expect(parent).toBe(other.id);
  });

  it('cancels a scheduled move whose destination was merged away before its date', async () => {
    const { province, school1 } = await provinceWithSchools('Hủy hẹn');
    const doomed = await createOrg('DISTRICT', 'Huyện sắp sáp nhập', province.id);
    const survivor = await createOrg('DISTRICT', 'Huyện còn lại', province.id);
    await ok(
      `mutation($id: ID!, $to: ID!, $at: DateTime!) { moveOrganization(id: $id, newParentId: $to, effectiveFrom: $at) { id } }`,
      { id: school1.id, to: doomed.id, at: new Date(Date.now() + 1500).toISOString() },
      await admin(),
    );
    await ok(
      `mutation($s: [ID!]!, $t: ID!, $at: DateTime!) { mergeOrganizations(sourceIds: $s, targetId: $t, effectiveFrom: $at) { id } }`,
      { s: [doomed.id], t: survivor.id, at: new Date().toISOString() },
      await admin(),
    );
    let status = 'SCHEDULED';
    for (let i = 0; i < 40 && status === 'SCHEDULED'; i++) {
      await new Promise((r) => setTimeout(r, 250));
      const now = await ok(
        gql(
          `query OrganizationTreeOrganization6($id: ID!) { organization(id: $id) { history { kind status } } }`,
        ),
        { id: school1.id },
        await admin(),
      );
      status = now.organization!.history.at(-1)!.status;
    }
    expect(status).toBe('CANCELLED');
    const after = await ok(
      gql(`query OrganizationTreeOrganization7($id: ID!) { organization(id: $id) { parent { name } } }`),
      { id: school1.id },
      await admin(),
    );
    expect(after.organization!.parent!.name).toContain('Văn Giang');
  });

  it('merges districts: schools move to the target, the source stays queryable as a predecessor', async () => {
    const a = await provinceWithSchools('Sáp nhập A');
    const targetDistrict = await createOrg('DISTRICT', 'Huyện mới', a.province.id);
    const merged = await ok(
      gql(`mutation OrganizationTreeMergeOrganizations($s: [ID!]!, $t: ID!, $at: DateTime!) { mergeOrganizations(sourceIds: $s, targetId: $t, effectiveFrom: $at) {
         id predecessors { id } children(first: 50) { edges { node { id } } } } }`),
      { s: [a.district.id], t: targetDistrict.id, at: new Date().toISOString() },
      await admin(),
    );
    expect(merged.mergeOrganizations.predecessors.map((p) => p.id)).toEqual([a.district.id]);
    const childIds = merged.mergeOrganizations.children.edges.map((e) => e.node.id);
    expect(childIds).toEqual(expect.arrayContaining([a.school1.id, a.school2.id]));
    expect(childIds).not.toContain(a.district.id); // dissolved: hidden unless asked for

    const source = await ok(
      gql(
        `query OrganizationTreeOrganization8($id: ID!) { organization(id: $id) { dissolvedAt mergedInto { id } ancestors { id } history { kind } } }`,
      ),
      { id: a.district.id },
      await admin(),
    );
    expect(source.organization!.dissolvedAt).not.toBeNull();
    expect(source.organization!.mergedInto!.id).toBe(targetDistrict.id);
    expect(source.organization!.ancestors.map((x) => x.id)).toEqual([a.province.id, targetDistrict.id]);
    expect(source.organization!.history.map((h) => h.kind)).toEqual(['CREATED', 'MERGED_INTO']);
  });

  it('refuses bad tree changes with the contract codes', async () => {
    const { province, district, school1 } = await provinceWithSchools('Lỗi');
    const dup = await graphql(
      `
        mutation ($input: CreateOrganizationInput!) {
          createOrganization(input: $input) {
            id
          }
        }
      `,
      { input: { code: school1.code, name: 'Trùng mã', kind: 'INSTITUTION', parentId: district.id } },
      await admin(),
    );
    expect(codes(dup)).toEqual(['CONFLICT']);

    const cycle = await graphql(
      `
        mutation ($id: ID!, $to: ID!, $at: DateTime!) {
          moveOrganization(id: $id, newParentId: $to, effectiveFrom: $at) {
            id
          }
        }
      `,
      { id: district.id, to: school1.id, at: new Date().toISOString() },
      await admin(),
    );
    expect(codes(cycle)).toEqual(['BAD_USER_INPUT']);

    const missing = await graphql(
      `
        mutation ($input: CreateOrganizationInput!) {
          createOrganization(input: $input) {
            id
          }
        }
      `,
      {
        input: {
          code: uniqueCode('x'),
          name: 'Mồ côi',
          kind: 'UNIT',
          parentId: '00000000-0000-4000-8000-000000000000',
        },
      },
      await admin(),
    );
    expect(codes(missing)).toEqual(['NOT_FOUND']);

    const badKind = await graphql(
      `
        mutation {
          createOrganization(input: { code: "k1", name: "x", kind: VILLAGE }) {
            id
          }
        }
      `,
      {},
      await admin(),
    );
    expect(badKind.errors?.length).toBeGreaterThan(0);

    const notAnId = await ok<{ organization: null }>(
      `{ organization(id: "not-an-id") { id } }`,
      {},
      await admin(),
    );
    expect(notAnId.organization).toBeNull();
    void province;
  });
});
