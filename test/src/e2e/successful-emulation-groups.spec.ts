import { codes, graphql, ok, uniqueCode } from '@laurel/testing';
import { admin, as, createOrg, grant, provinceWithSchools } from './flows';
import { gql } from '../gql';

const CREATE = gql(
  `mutation EmulationGroupsCreateEmulationGroup($input: CreateEmulationGroupInput!) { createEmulationGroup(input: $input) { id name kind owner { id } members { id } } }`,
);

describe('emulation groups (khối and cụm thi đua)', () => {
  it('a province defines a cluster of schools anywhere below it; outsiders cannot read it', async () => {
    const world = await provinceWithSchools('Khối thi đua');
    const created = await ok(
      CREATE,
      {
        input: {
          ownerId: world.province.id,
          name: 'Cụm thi đua số 1',
          kind: 'CLUSTER',
          memberIds: [world.school1.id, world.school2.id],
        },
      },
      await admin(),
    );
    expect(created.createEmulationGroup).toMatchObject({ kind: 'CLUSTER', owner: { id: world.province.id } });
    expect(created.createEmulationGroup.members.map((m) => m.id).sort()).toEqual(
      [world.school1.id, world.school2.id].sort(),
    );

    const provinceViewer = uniqueCode('province-viewer');
    await grant(provinceViewer, world.province.id, 'VIEWER');
    const read = await ok(
      gql(`query EmulationGroupsEmulationGroups($id: ID!) { emulationGroups(ownerId: $id) { name } }`),
      { id: world.province.id },
      await as(provinceViewer),
    );
    expect(read.emulationGroups).toEqual([{ name: 'Cụm thi đua số 1' }]);

    const stranger = uniqueCode('stranger');
    const hidden = await ok<{ emulationGroup: unknown }>(
      `query($id: ID!) { emulationGroup(id: $id) { name } }`,
      { id: created.createEmulationGroup.id },
      await as(stranger),
    );
    expect(hidden.emulationGroup).toBeNull();
  });

  it('refuses members outside the owner`s subtree', async () => {
    const world = await provinceWithSchools('Cụm sai');
    const elsewhere = await createOrg('PROVINCE', 'Tỉnh khác', null);
    const res = await graphql(
      CREATE,
      {
        input: {
          ownerId: world.district.id,
          name: 'Khối 2',
          kind: 'BLOCK',
          memberIds: [world.school1.id, elsewhere.id],
        },
      },
      await admin(),
    );
    expect(codes(res)).toEqual(['BAD_USER_INPUT']);
  });
});
