import { codes, graphql, ok, uniqueCode } from '@laurel/testing';
import { CREATE_CAMPAIGN, campaignInput, transition, vnTime, Y } from './campaign-flows';
import { as, createPerson, grant, provinceWithSchools } from './flows';
import { approved, NOMINATION, recognize, register } from './nomination-flows';
import { gql } from '../gql';

/**
 * docs/API.md §9: a PHASE without endYear spans its five-year phase; its preliminary and final
 * reviews (sơ kết, tổng kết) are award rounds of the same organization under the plan; an award's
 * year, in the ledger and the statistics, is its own campaign's year.
 */

const phaseStart = 2021 + 5 * Math.floor((Y - 2021) / 5);
const phaseEnd = phaseStart + 4;
/** The preliminary review halfway, in a year still to come. */
const midYear = Math.max(Y, phaseStart + 2);

const STATISTICS =
  gql(`query PhaseReviewsYearlyStatistics($o: ID!, $y: Int!) { yearlyStatistics(organizationId: $o, year: $y) {
  campaigns { own { annual thematic phase total } }
  distinctions { distinction { code } recognized { individuals } } } }`);

async function eventually<T>(
  read: () => Promise<T>,
  done: (value: T) => boolean,
  timeoutMs = 15_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let value = await read();
  while (!done(value) && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 200));
    value = await read();
  }
  return value;
}

describe('a phase plan with its reviews (section 9)', () => {
  it('spans its five-year phase, holds nominations in both reviews, and records each award in its own year', async () => {
    const world = await provinceWithSchools('Giai đoạn');
    const schoolAdmin = `school-admin-${uniqueCode('u')}`;
    await grant(schoolAdmin, world.school1.id, 'ORG_ADMIN');
    const credentials = await as(schoolAdmin);

    // No endYear: the five-year phase holding `year`.
    const plan = await ok(
      CREATE_CAMPAIGN,
      {
        input: campaignInput(world.school1.id, {
          title: `Kế hoạch thi đua giai đoạn ${phaseStart}–${phaseEnd}`,
          kind: 'PHASE',
          year: Y,
          calendar: 'CALENDAR_YEAR',
          registrationDeadline: vnTime(`${Y}-03-01`),
          proposalDeadline: vnTime(`${phaseEnd}-05-31`),
          escalationDeadline: vnTime(`${phaseEnd}-06-30`),
          reviews: [
            { kind: 'PRELIMINARY', title: 'Sơ kết giữa giai đoạn', dueAt: vnTime(`${midYear}-12-15`) },
            { kind: 'FINAL', title: 'Tổng kết giai đoạn', dueAt: vnTime(`${phaseEnd}-06-30`) },
          ],
        }),
      },
      credentials,
    );
    expect(plan.createCampaign).toMatchObject({ kind: 'PHASE', year: Y, endYear: phaseEnd });
    const planId = plan.createCampaign.id as string;

    // The reviews: child campaigns of the same school under the plan, their own deadlines and distinctions.
    const review = async (title: string, year: number, proposal: string, codes: string[]) =>
      (
        await ok(
          CREATE_CAMPAIGN,
          {
            input: campaignInput(world.school1.id, {
              title,
              kind: 'THEMATIC',
              year,
              calendar: 'CALENDAR_YEAR',
              parentId: planId,
              registrationDeadline: vnTime(proposal, '08:00'),
              proposalDeadline: vnTime(proposal),
              escalationDeadline: null,
              distinctionCodes: codes,
            }),
          },
          credentials,
        )
      ).createCampaign;
    const preliminary = await review('Sơ kết giữa giai đoạn', midYear, `${midYear}-12-10`, ['GIAY_KHEN']);
    const final = await review('Tổng kết giai đoạn', phaseEnd, `${phaseEnd}-05-15`, [
      'GIAY_KHEN',
      'TAP_THE_LAO_DONG_TIEN_TIEN',
    ]);
    expect(preliminary).toMatchObject({
      year: midYear,
      endYear: midYear,
      parent: { id: planId },
      organization: { id: world.school1.id },
      distinctions: [{ code: 'GIAY_KHEN' }],
      proposalDeadline: vnTime(`${midYear}-12-10`),
    });
    expect(final).toMatchObject({ year: phaseEnd, parent: { id: planId } });
    const children = await ok(
      gql(`query PhaseReviewsCampaign($id: ID!) { campaign(id: $id) { children { id } } }`),
      { id: planId },
      credentials,
    );
    expect(children.campaign!.children.map((c) => c.id).sort()).toEqual([preliminary.id, final.id].sort());

    for (const id of [planId, preliminary.id, final.id]) await transition(credentials, id, 'open');

    // The same teacher honoured in both rounds.
    const teacher = await createPerson(world.unit1.id, 'Vũ Thị Hạnh');
    const nominate = (campaignId: string) =>
      register(credentials, {
        campaignId,
        distinctionCode: 'GIAY_KHEN',
        submittingOrganizationId: world.school1.id,
        nomineePersonId: teacher.id,
      });
    const inPreliminary = await nominate(preliminary.id);
    const inFinal = await nominate(final.id);
    const years = async (id: string) =>
      (await ok(NOMINATION, { id }, credentials)).nomination!.year as number;
    expect(await years(inPreliminary.id)).toBe(midYear);
    expect(await years(inFinal.id)).toBe(phaseEnd);

    for (const [n, number] of [
      [inPreliminary.id, '12/QĐ-SK'],
      [inFinal.id, '30/QĐ-TK'],
    ] as const) {
      await approved(credentials, n);
      expect((await recognize(credentials, n, number)).recognizeNomination.stage).toBe('RECOGNIZED');
    }

    // The ledger: one record per round, in the round's own year (not the plan's first year).
    const ledger = await ok(
      gql(
        `query PhaseReviewsPerson($id: ID!) { person(id: $id) { distinctions { year decisionNumber source distinction { code } nomination { id } } } }`,
      ),
      { id: teacher.id },
      credentials,
    );
    const records = [...ledger.person!.distinctions].sort((a, b) => a.year - b.year);
    expect(records).toEqual([
      {
        year: midYear,
        decisionNumber: '12/QĐ-SK',
        source: 'PLATFORM',
        distinction: { code: 'GIAY_KHEN' },
        nomination: { id: inPreliminary.id },
      },
      {
        year: phaseEnd,
        decisionNumber: '30/QĐ-TK',
        source: 'PLATFORM',
        distinction: { code: 'GIAY_KHEN' },
        nomination: { id: inFinal.id },
      },
    ]);
    expect(records.some((r) => r.year === Y && Y !== midYear)).toBe(false);

    // The statistics count each award in its round's year.
    const giayKhenIn = async (year: number) =>
      eventually(
        async () =>
          (
            await ok(STATISTICS, { o: world.school1.id, y: year }, credentials)
          ).yearlyStatistics!.distinctions.find((d) => d.distinction.code === 'GIAY_KHEN')?.recognized
            .individuals ?? 0,
        (n) => n === 1,
      );
    expect(await giayKhenIn(midYear)).toBe(1);
    expect(await giayKhenIn(phaseEnd)).toBe(1);
    // The review rounds are award rounds of the plan, not movements of their own.
    const launched = await ok(STATISTICS, { o: world.school1.id, y: phaseEnd }, credentials);
    expect(launched.yearlyStatistics!.campaigns.own.thematic).toBe(0);
  });

  it("a child of the same organization only under a PHASE plan, and only within the plan's years", async () => {
    const world = await provinceWithSchools('Giai đoạn sai');
    const schoolAdmin = `school-admin-${uniqueCode('u')}`;
    await grant(schoolAdmin, world.school1.id, 'ORG_ADMIN');
    const credentials = await as(schoolAdmin);
    const annual = await ok<{ createCampaign: { id: string } }>(
      CREATE_CAMPAIGN,
      { input: campaignInput(world.school1.id, { title: 'Năm học' }) },
      credentials,
    );
    const child = await graphql(
      CREATE_CAMPAIGN,
      {
        input: campaignInput(world.school1.id, {
          title: 'Con cùng trường',
          parentId: annual.createCampaign.id,
          escalationDeadline: null,
        }),
      },
      credentials,
    );
    expect(codes(child)).toEqual(['BAD_USER_INPUT']);
    expect(child.errors?.[0]?.extensions?.fields).toEqual([expect.objectContaining({ field: 'parentId' })]);
    // A review outside the plan's years is refused too.
    const plan = await ok<{ createCampaign: { id: string } }>(
      CREATE_CAMPAIGN,
      {
        input: campaignInput(world.school1.id, {
          title: 'Kế hoạch',
          kind: 'PHASE',
          proposalDeadline: vnTime(`${phaseEnd}-05-31`),
          escalationDeadline: vnTime(`${phaseEnd}-06-30`),
        }),
      },
      credentials,
    );
    const outside = await graphql(
      CREATE_CAMPAIGN,
      {
        input: campaignInput(world.school1.id, {
          title: 'Sau giai đoạn',
          year: phaseEnd + 1,
          parentId: plan.createCampaign.id,
          escalationDeadline: null,
        }),
      },
      credentials,
    );
    expect(codes(outside)).toEqual(['BAD_USER_INPUT']);
    expect(outside.errors?.[0]?.extensions?.fields).toEqual([expect.objectContaining({ field: 'year' })]);
  });
});
