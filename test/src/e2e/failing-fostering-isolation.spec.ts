import { codes, graphql, ok } from '@laurel/testing';
import { createOrg, as, grant } from './flows';
import {
  ADOPT,
  createExemplar,
  currentQuarter,
  EVALUATE,
  eventually,
  EXEMPLAR,
  fosteringWorld,
  rating,
  recognizedTeacher,
  SET_PLAN,
  THIS_YEAR,
} from './fostering-flows';
import { gql } from '../gql';

const COMPLETE = gql(
  `mutation FailFosteringIsolationCompleteFosteringAction($id: ID!) { completeFosteringAction(id: $id) { id doneAt } }`,
);
const DUE = gql(
  `query FailFosteringIsolationEvaluationsDue($o: ID!, $b: DateTime!) { evaluationsDue(organizationId: $o, before: $b) { id } }`,
);
const ORG_EXEMPLARS = gql(
  `query FailFosteringIsolationOrganization($o: ID!) { organization(id: $o) { exemplars { totalCount edges { node { id } } } } }`,
);
const REPORT = gql(
  `query FailFosteringIsolationReplicationReport($o: ID!, $y: Int!) { replicationReport(organizationId: $o, year: $y) { totals { exemplars } } }`,
);

/** The fields only the fostering side reads: an outsider gets the showcase with these empty. */
const PUBLIC_VIEW = {
  plan: null,
  evaluations: { totalCount: 0, edges: [] },
  nextEvaluationDue: null,
  adoptions: [],
};

describe('the tenant wall around fostering, and its one opening', () => {
  let w: Awaited<ReturnType<typeof fosteringWorld>>;
  let exemplarA: string;
  let exemplarB: string;
  let actionA: string;
  let nominationB: string;
  let third: { token: string };

  beforeAll(async () => {
    w = await fosteringWorld('Bức tường');
    const a = await recognizedTeacher(w.credentials.school1, w.school1.id, 'Phạm Thị Thu');
    const b = await recognizedTeacher(w.credentials.school2, w.school2.id, 'Lê Văn Nam');
    nominationB = b.nominationId;
    exemplarA = (await createExemplar(w.credentials.school1, a.nominationId, 'Mô hình "Đọc sách mỗi ngày"'))
      .id;
    exemplarB = (await createExemplar(w.credentials.school2, b.nominationId, 'Mô hình chưa công bố')).id;
    const planned = await ok(
      SET_PLAN,
      {
        id: exemplarA,
        p: {
          goals: 'Mục tiêu nội bộ của trường',
          evaluationPeriod: 'QUARTER',
          actions: [{ text: 'Việc nội bộ', dueAt: new Date(Date.now() + 30 * 86_400_000).toISOString() }],
        },
      },
      w.credentials.school1,
    );
    actionA = planned.setFosteringPlan.plan!.actions[0].id;
    await ok(
      EVALUATE,
      { id: exemplarA, e: { period: currentQuarter(), ...rating(), difficulties: 'Khó khăn nội bộ' } },
      w.credentials.school1,
    );
    await ok(
      `mutation($id: ID!) { publishExemplar(id: $id, published: true) { published } }`,
      { id: a.nominationId },
      w.credentials.school1,
    );
    await eventually(
      () => ok(EXEMPLAR, { id: exemplarA }, w.credentials.school1),
      (r) => r.exemplar!.published,
    );
    const thirdProvince = await createOrg('PROVINCE', 'Tỉnh thứ ba', null);
    const thirdAdmin = `third-admin-${Date.now()}`;
    await grant(thirdAdmin, thirdProvince.id, 'ORG_ADMIN');
    third = await as(thirdAdmin);
  });

  it('shows other schools and other provinces only the showcase of a published model, nothing of an unpublished one', async () => {
    for (const outsider of [w.credentials.school2, w.credentials.elsewhere, third]) {
      const read = await ok(EXEMPLAR, { id: exemplarA }, outsider);
      expect(read.exemplar).toMatchObject({ id: exemplarA, published: true, ...PUBLIC_VIEW });
      expect(JSON.stringify(read)).not.toContain('Mục tiêu nội bộ');
      expect(JSON.stringify(read)).not.toContain('Khó khăn nội bộ');
    }
    for (const outsider of [w.credentials.school1, w.credentials.elsewhere, third])
      expect((await ok<{ exemplar: unknown }>(EXEMPLAR, { id: exemplarB }, outsider)).exemplar).toBeNull();
    // Lists and reports of another organization are empty, not errors that say it exists.
    for (const outsider of [w.credentials.school2, w.credentials.elsewhere]) {
      const list = await ok(ORG_EXEMPLARS, { o: w.school1.id }, outsider);
      expect(list.organization!.exemplars.totalCount).toBe(0);
      expect(
        codes(await graphql(DUE, { o: w.school1.id, b: `${THIS_YEAR + 2}-01-01T00:00:00Z` }, outsider)),
      ).toEqual(['NOT_FOUND']);
      expect(
        (await ok<{ replicationReport: unknown }>(REPORT, { o: w.school1.id, y: THIS_YEAR }, outsider))
          .replicationReport,
      ).toBeNull();
    }
    // Nobody without a token.
    expect(codes(await graphql(EXEMPLAR, { id: exemplarA }))).toEqual(['UNAUTHENTICATED']);
  });

  it('leads from a nomination to its exemplar only for whoever reads both: an unpublished model stays hidden', async () => {
    const VIA_NOMINATION = gql(
      `query FailFosteringIsolationNomination($id: ID!) { nomination(id: $id) { exemplar { id title plan { goals } } } }`,
    );
    const inside = await ok(VIA_NOMINATION, { id: nominationB }, w.credentials.district);
    expect(inside.nomination!.exemplar).toMatchObject({ id: exemplarB, title: 'Mô hình chưa công bố' });
    for (const outsider of [w.credentials.school1, w.credentials.elsewhere, third])
      expect(
        (await ok<{ nomination: unknown }>(VIA_NOMINATION, { id: nominationB }, outsider)).nomination,
      ).toBeNull();
    // Nor through the showcase, which lists published recognitions only.
    const SHOWCASE = gql(
      `query FailFosteringIsolationExemplars($o: ID!) { exemplars(organizationId: $o) { edges { node { id exemplar { id } } } } }`,
    );
    for (const outsider of [w.credentials.elsewhere, third]) {
      const seen = await ok<{ exemplars: { edges: { node: { exemplar: { id: string } | null } }[] } }>(
        SHOWCASE,
        { o: w.district.id },
        outsider,
      );
      expect(seen.exemplars.edges.map((e) => e.node.exemplar?.id)).toEqual([exemplarA]);
    }
  });

  it('refuses writes: NOT_FOUND to whoever cannot see inside, FORBIDDEN to readers of the school', async () => {
    const plan = { goals: 'Chiếm quyền', evaluationPeriod: 'YEAR' };
    for (const outsider of [w.credentials.school2, w.credentials.elsewhere, third]) {
      expect(codes(await graphql(SET_PLAN, { id: exemplarA, p: plan }, outsider))).toEqual(['NOT_FOUND']);
      expect(
        codes(
          await graphql(EVALUATE, { id: exemplarA, e: { period: `${THIS_YEAR}`, ...rating() } }, outsider),
        ),
      ).toEqual(['NOT_FOUND']);
      expect(codes(await graphql(COMPLETE, { id: actionA }, outsider))).toEqual(['NOT_FOUND']);
    }
    for (const reader of [w.credentials.school1Lead, w.credentials.districtViewer]) {
      expect(codes(await graphql(SET_PLAN, { id: exemplarA, p: plan }, reader))).toEqual(['FORBIDDEN']);
      expect(codes(await graphql(COMPLETE, { id: actionA }, reader))).toEqual(['FORBIDDEN']);
    }
    // Another school's recognized nomination makes no exemplar here.
    const stolen = await graphql(
      `
        mutation ($i: CreateExemplarInput!) {
          createExemplar(input: $i) {
            id
          }
        }
      `,
      { i: { nominationId: nominationB, title: 'Của trường khác' } },
      w.credentials.school1,
    );
    expect(codes(stolen)).toEqual(['NOT_FOUND']);
    // Unknown ids are not found either.
    expect(
      codes(await graphql(COMPLETE, { id: '00000000-0000-4000-8000-000000000000' }, w.credentials.school1)),
    ).toEqual(['NOT_FOUND']);
    // The plan is untouched.
    const read = await ok(EXEMPLAR, { id: exemplarA }, w.credentials.school1);
    expect(read.exemplar!.plan!.goals).toBe('Mục tiêu nội bộ của trường');
    expect(read.exemplar!.plan!.actions[0].doneAt).toBeNull();
  });

  it('opens the wall for adoptions only: the adopter records for its own units, the fostering school alone sees them', async () => {
    const adopt = (exemplarId: string, adopterOrganizationId: string, outcome: string | null = null) => ({
      i: { exemplarId, adopterOrganizationId, kind: 'ADOPTED', at: new Date().toISOString(), outcome },
    });
    // An admin records adoptions by its own organizations, not by others'.
    expect(codes(await graphql(ADOPT, adopt(exemplarA, w.school3.id), w.credentials.elsewhere))).toEqual([
      'NOT_FOUND',
    ]);
    // Unpublished: not outside the fostering subtree, whoever asks.
    expect(codes(await graphql(ADOPT, adopt(exemplarB, w.elsewhere.id), w.credentials.elsewhere))).toEqual([
      'NOT_FOUND',
    ]);
    expect(codes(await graphql(ADOPT, adopt(exemplarB, w.school1.id), w.credentials.school1))).toEqual([
      'NOT_FOUND',
    ]);
    // Inside the fostering subtree an unpublished model is adopted (school 2's own unit).
    const unit = await createOrg('UNIT', 'Tổ Ngữ văn', w.school2.id);
    const inside = await ok(ADOPT, adopt(exemplarB, unit.id, 'Tổ áp dụng'), w.credentials.school2);
    expect(inside.recordAdoption.adopter).toEqual({ id: unit.id, name: 'Tổ Ngữ văn' });

    await ok(ADOPT, adopt(exemplarA, w.elsewhere.id, 'Kết quả riêng của tỉnh khác'), w.credentials.elsewhere);
    const seenBy = async (credentials: { token: string }) =>
      JSON.stringify((await ok(EXEMPLAR, { id: exemplarA }, credentials)).exemplar!.adoptions);
    expect(await seenBy(w.credentials.school1)).toContain('Kết quả riêng của tỉnh khác');
    // The district above the fostering school sees it as well (it reads the school's exemplars).
    expect(await seenBy(w.credentials.district)).toContain('Kết quả riêng của tỉnh khác');
    // Nobody else: not another school of the district, not a third province, not the adopter itself.
    for (const outsider of [w.credentials.school2, third, w.credentials.elsewhere])
      expect(await seenBy(outsider)).toBe('[]');
    // And the adopter's province learns nothing of the fostering district's report.
    const report = await ok<{ replicationReport: unknown }>(
      REPORT,
      { o: w.district.id, y: THIS_YEAR },
      w.credentials.elsewhere,
    );
    expect(report.replicationReport).toBeNull();
  });
});
