import { graphql, ok, uniqueCode } from '@laurel/testing';
import { createCampaign, transition } from './campaign-flows';
import { as, createPerson, grant, provinceWithSchools } from './flows';
import { approved, recognize, register } from './nomination-flows';
import { gql } from '../gql';

const SHOWCASE =
  gql(`query ExemplarsExemplars($o: ID!) { exemplars(organizationId: $o) { totalCount edges { node {
  nomineeName year decisionNumber distinction { code nameVi } dossier { summary evidence { text } attachments { name } }
  history { to } } } } }`);

describe('the public showcase of exemplars', () => {
  it('shows, without a token, only what an organization published, with public fields only', async () => {
    const world = await provinceWithSchools('Nêu gương');
    const admin = `school-admin-${uniqueCode('u')}`;
    await grant(admin, world.school1.id, 'ORG_ADMIN');
    const credentials = await as(admin);
    const campaign = await createCampaign(credentials, world.school1.id, {
      title: 'Điển hình tiên tiến',
      criteria: [{ target: 'INDIVIDUAL', text: 'Tiêu chí' }],
    });
    await transition(credentials, campaign.id, 'open');
    const people = await Promise.all(
      ['Trịnh Thị Mai', 'Lý Văn Tùng'].map((n) =>
        createPerson(world.school1.id, n, { governmentPosition: 'Giáo viên' }),
      ),
    );
    const ids: string[] = [];
    for (const person of people) {
      const n = await register(credentials, {
        campaignId: campaign.id,
        distinctionCode: 'DIEN_HINH_TIEN_TIEN_CA_NHAN',
        submittingOrganizationId: world.school1.id,
        nomineePersonId: person.id,
      });
      await approved(credentials, n.id);
      await recognize(credentials, n.id, `5${ids.length}/QĐ-TrTHCS`);
      ids.push(n.id);
    }
    // Only the first is published; a registered one cannot be.
    await ok(
      `mutation($id: ID!) { publishExemplar(id: $id, published: true) { published } }`,
      { id: ids[0] },
      credentials,
    );

    const anonymous = await graphql(SHOWCASE, { o: world.province.id });
    expect(anonymous.errors).toBeUndefined();
    expect(anonymous.data!.exemplars.totalCount).toBe(1);
    expect(anonymous.data!.exemplars.edges[0].node).toEqual({
      nomineeName: 'Trịnh Thị Mai',
      year: expect.any(Number),
      decisionNumber: '50/QĐ-TrTHCS',
      distinction: { code: 'DIEN_HINH_TIEN_TIEN_CA_NHAN', nameVi: 'Cá nhân điển hình tiên tiến' },
      // The published summary only: no evidence, attachments or history in public.
      dossier: { summary: 'Hoàn thành xuất sắc nhiệm vụ', evidence: [], attachments: [] },
      history: [],
    });
    // The nominee's record stays private: the person is not readable without a token.
    const person = await graphql(
      gql(`
        query ExemplarsExemplars2 ($o: ID!) {
          exemplars(organizationId: $o) {
            edges {
              node {
                nominee {
                  ... on Person {
                    governmentPosition
                  }
                }
              }
            }
          }
        }
      `),
      { o: world.province.id },
    );
    expect(JSON.stringify(person.data ?? null)).not.toContain('Giáo viên');

    // Another province's showcase does not include it; unpublishing removes it.
    const elsewhere = await provinceWithSchools('Nơi khác');
    const other = await graphql(SHOWCASE, { o: elsewhere.province.id });
    expect(other.data!.exemplars.totalCount).toBe(0);
    await ok(
      `mutation($id: ID!) { publishExemplar(id: $id, published: false) { published } }`,
      { id: ids[0] },
      credentials,
    );
    const after = await graphql(SHOWCASE, { o: world.province.id });
    expect(after.data!.exemplars.totalCount).toBe(0);
  });
});
