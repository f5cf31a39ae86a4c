import { codes, graphql, ok, testEnv, uniqueCode } from '@laurel/testing';
import { Workbook } from 'exceljs';
import { createCampaign, transition, Y } from './campaign-flows';
import { as, createOrg, createPerson, grant, provinceWithSchools } from './flows';
import { approved, register } from './nomination-flows';

const ISSUE = `mutation($input: IssueDecisionInput!) {
  issueRecognitionDecision(input: $input) {
    id number decidedAt signer title totalReward organization { id }
    nominations { id stage reward decisionNumber decision { id } }
  }
}`;
const DECISION = `query($id: ID!) { recognitionDecision(id: $id) { id number totalReward nominations { id reward } } }`;
const FUND = `query($o: ID!, $y: Int!) {
  emulationFund(organizationId: $o, year: $y) {
    organization { id } year allocated paid recovered balance
    entries(first: 10) { totalCount edges { node { amount kind note decision { id number } } } }
  }
}`;
const RECORD = `mutation($input: FundEntryInput!) { recordFundEntry(input: $input) { id amount kind note } }`;
const STAGE = `query($id: ID!) { nomination(id: $id) { stage reward decision { id } } }`;

/** 17:00 in Vietnam on a date. */
const vn = (date: string) => new Date(`${date}T17:00:00+07:00`).toISOString();

/**
 * docs/API.md §8: the head's decision with its list, the money each line carries (Giấy khen 0.3 × the
 * base salary for a person, 0.6 × for a collective, rounded up to 10,000 đồng), and the fund.
 */
describe('recognition decisions, rewards and the emulation fund', () => {
  let world: Awaited<ReturnType<typeof provinceWithSchools>>;
  let schoolAdmin: string;
  let viewer: string;
  let foreignAdmin: string;
  let unit2: { id: string };
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    world = await provinceWithSchools('Quyết định');
    schoolAdmin = `school-admin-${uniqueCode('u')}`;
    viewer = `school-viewer-${uniqueCode('u')}`;
    foreignAdmin = `foreign-admin-${uniqueCode('u')}`;
    await grant(schoolAdmin, world.school1.id, 'ORG_ADMIN');
    await grant(viewer, world.school1.id, 'VIEWER');
    const foreign = await createOrg('PROVINCE', 'Tỉnh Khác (Quyết định)', null);
    await grant(foreignAdmin, foreign.id, 'ORG_ADMIN');
    unit2 = await createOrg('UNIT', 'Tổ Ngữ văn', world.school1.id);

    const leader = await createPerson(world.school1.id, 'Nguyễn Thị Tổ Trưởng', { leadsId: world.unit1.id });
    const teacher = await createPerson(world.school1.id, 'Trần Văn Giáo');
    const other = await createPerson(world.school1.id, 'Lê Thị Hương');
    const campaign = await createCampaign(await as(schoolAdmin), world.school1.id, {
      title: 'Giấy khen cuối năm học',
      year: Y - 1,
      distinctionCodes: ['GIAY_KHEN'],
    });
    await transition(await as(schoolAdmin), campaign.id, 'open');
    const nominate = async (name: string, nominee: Record<string, string>, approve = true) => {
      const n = await register(await as(schoolAdmin), {
        campaignId: campaign.id,
        distinctionCode: 'GIAY_KHEN',
        submittingOrganizationId: world.school1.id,
        ...nominee,
      });
      if (approve) await approved(await as(schoolAdmin), n.id);
      ids[name] = n.id;
    };
    await nominate('unit1', { nomineeOrganizationId: world.unit1.id });
    await nominate('leader', { nomineePersonId: leader.id });
    await nominate('teacher', { nomineePersonId: teacher.id });
    await nominate('unit2', { nomineeOrganizationId: unit2.id });
    await nominate('registered', { nomineePersonId: other.id }, false);
    const racer = await createPerson(world.school1.id, 'Phan Văn Nhanh');
    await nominate('racer', { nomineePersonId: racer.id });
  });

  it('refuses the whole decision and changes nothing; names each refused nomination', async () => {
    const refused = await graphql(
      ISSUE,
      {
        input: {
          organizationId: world.school1.id,
          number: '20/QĐ-THCS',
          decidedAt: vn('2026-06-15'),
          signer: 'Hiệu trưởng Phạm Văn Đức',
          title: 'Tặng Giấy khen năm học',
          // The leader without the collective he heads; a nomination the council has not seen.
          nominationIds: [ids.teacher, ids.leader, ids.registered],
        },
      },
      await as(schoolAdmin),
    );
    expect(codes(refused)).toEqual(['NOT_ELIGIBLE']);
    const listed = refused.errors?.[0]?.extensions?.nominations as {
      id: string;
      code: string;
      reason: string;
      rule?: string;
    }[];
    expect(listed.map(({ id, code }) => ({ id, code }))).toEqual([
      { id: ids.leader, code: 'NOT_ELIGIBLE' },
      { id: ids.registered, code: 'INVALID_TRANSITION' },
    ]);
    expect(listed[0]!.reason).toMatch(/leader/i);
    // The rule, for a client to explain it in its own words.
    expect(listed.map((r) => r.rule)).toEqual(['LEADER_REQUIRES_COLLECTIVE', undefined]);
    // The teacher, eligible on his own, was not recognized either.
    for (const name of ['teacher', 'leader', 'registered']) {
      const n = await ok<{ nomination: { stage: string; reward: number | null; decision: unknown } }>(
        STAGE,
        { id: ids[name] },
        await as(schoolAdmin),
      );
      expect(n.nomination).toEqual({
        stage: name === 'registered' ? 'REGISTERED' : 'COUNCIL_APPROVED',
        reward: null,
        decision: null,
      });
    }
    const fund = await ok<{ emulationFund: { paid: number; entries: { totalCount: number } } }>(
      FUND,
      { o: world.school1.id, y: 2026 },
      await as(schoolAdmin),
    );
    expect(fund.emulationFund.paid).toBe(0);
    expect(fund.emulationFund.entries.totalCount).toBe(0);
  });

  it('recognizes a leader with his collective; rewards under two base salaries; the fund’s balance', async () => {
    const allocation = await ok<{ recordFundEntry: { amount: number; kind: string } }>(
      RECORD,
      {
        input: {
          organizationId: world.school1.id,
          year: 2026,
          amount: 10_000_000,
          kind: 'ALLOCATION',
          note: 'Trích quỹ thi đua năm 2026',
        },
      },
      await as(schoolAdmin),
    );
    expect(allocation.recordFundEntry).toMatchObject({ amount: 10_000_000, kind: 'ALLOCATION' });

    // 15 June 2026: base salary 2,340,000 (Decree 73/2024). Giấy khen, Decree 152/2025:
    // collective 0.6 × 2,340,000 = 1,404,000 -> 1,410,000; person 0.3 × = 702,000 -> 710,000.
    const input = {
      organizationId: world.school1.id,
      number: '21/QĐ-THCS',
      decidedAt: vn('2026-06-15'),
      signer: 'Hiệu trưởng Phạm Văn Đức',
      title: 'Tặng Giấy khen năm học',
      nominationIds: [ids.leader, ids.unit1],
      idempotencyKey: `decision-${uniqueCode('k')}`,
    };
    const first = (
      await ok<{
        issueRecognitionDecision: {
          id: string;
          totalReward: number;
          organization: { id: string };
          nominations: {
            id: string;
            stage: string;
            reward: number;
            decisionNumber: string;
            decision: { id: string };
          }[];
        };
      }>(ISSUE, { input }, await as(schoolAdmin))
    ).issueRecognitionDecision;
    expect(first.organization.id).toBe(world.school1.id);
    expect(first.nominations).toEqual([
      {
        id: ids.leader,
        stage: 'RECOGNIZED',
        reward: 710_000,
        decisionNumber: '21/QĐ-THCS',
        decision: { id: first.id },
      },
      {
        id: ids.unit1,
        stage: 'RECOGNIZED',
        reward: 1_410_000,
        decisionNumber: '21/QĐ-THCS',
        decision: { id: first.id },
      },
    ]);
    expect(first.totalReward).toBe(2_120_000);

    // Idempotent by key: the same decision again; the key with another input is a conflict.
    const again = await ok<{ issueRecognitionDecision: { id: string } }>(
      ISSUE,
      { input },
      await as(schoolAdmin),
    );
    expect(again.issueRecognitionDecision.id).toBe(first.id);
    const conflict = await graphql(
      ISSUE,
      { input: { ...input, number: '22/QĐ-THCS' } },
      await as(schoolAdmin),
    );
    expect(codes(conflict)).toEqual(['CONFLICT']);

    // Today (December 2026): base salary 2,530,000 from 1 July 2026 (reported, unconfirmed):
    // collective 0.6 × = 1,518,000 -> 1,520,000; person 0.3 × = 759,000 -> 760,000.
    const second = (
      await ok<{
        issueRecognitionDecision: { id: string; totalReward: number; nominations: { reward: number }[] };
      }>(
        ISSUE,
        {
          input: {
            organizationId: world.school1.id,
            number: '30/QĐ-THCS',
            decidedAt: new Date().toISOString(),
            signer: 'Hiệu trưởng Phạm Văn Đức',
            title: 'Tặng Giấy khen (đợt 2)',
            nominationIds: [ids.teacher, ids.unit2],
          },
        },
        await as(schoolAdmin),
      )
    ).issueRecognitionDecision;
    expect(second.nominations.map((n) => n.reward)).toEqual([760_000, 1_520_000]);
    expect(second.totalReward).toBe(2_280_000);

    // A recognized nomination cannot be on a second decision.
    const twice = await graphql(
      ISSUE,
      {
        input: {
          organizationId: world.school1.id,
          number: '31/QĐ-THCS',
          decidedAt: new Date().toISOString(),
          signer: 'Hiệu trưởng',
          title: 'Lặp lại',
          nominationIds: [ids.teacher],
        },
      },
      await as(schoolAdmin),
    );
    expect(codes(twice)).toEqual(['INVALID_TRANSITION']);

    // allocated 10,000,000 − paid (2,120,000 + 2,280,000) = 5,600,000.
    const fund = (
      await ok<{
        emulationFund: {
          allocated: number;
          paid: number;
          recovered: number;
          balance: number;
          entries: {
            totalCount: number;
            edges: { node: { amount: number; kind: string; decision: { id: string } | null } }[];
          };
        };
      }>(FUND, { o: world.school1.id, y: 2026 }, await as(viewer))
    ).emulationFund;
    expect(fund).toMatchObject({ allocated: 10_000_000, paid: 4_400_000, recovered: 0, balance: 5_600_000 });
    expect(fund.entries.totalCount).toBe(3);
    expect(
      fund.entries.edges
        .map((e) => ({ amount: e.node.amount, kind: e.node.kind, decision: e.node.decision?.id ?? null }))
        .sort((a, b) => a.amount - b.amount),
    ).toEqual([
      { amount: 2_120_000, kind: 'PAYMENT', decision: first.id },
      { amount: 2_280_000, kind: 'PAYMENT', decision: second.id },
      { amount: 10_000_000, kind: 'ALLOCATION', decision: null },
    ]);

    // A decision is read by those who read the issuer's nominations; others see nothing.
    const read = await ok<{ recognitionDecision: { totalReward: number; nominations: { id: string }[] } }>(
      DECISION,
      { id: first.id },
      await as(viewer),
    );
    expect(read.recognitionDecision.totalReward).toBe(2_120_000);
    expect(read.recognitionDecision.nominations.map((n) => n.id)).toEqual([ids.leader, ids.unit1]);
    expect(
      (await ok<{ recognitionDecision: unknown }>(DECISION, { id: first.id }, await as(foreignAdmin)))
        .recognitionDecision,
    ).toBeNull();
    expect(
      (await ok<{ emulationFund: unknown }>(FUND, { o: world.school1.id, y: 2026 }, await as(foreignAdmin)))
        .emulationFund,
    ).toBeNull();
  });

  it('guards the fund: admins write, viewers read, strangers find nothing; entries are checked', async () => {
    const entry = (kind: string, amount: number) => ({
      input: { organizationId: world.school1.id, year: 2026, amount, kind },
    });
    expect(codes(await graphql(RECORD, entry('ALLOCATION', 1_000), await as(viewer)))).toEqual(['FORBIDDEN']);
    expect(codes(await graphql(RECORD, entry('ALLOCATION', 1_000), await as(foreignAdmin)))).toEqual([
      'NOT_FOUND',
    ]);
    expect(codes(await graphql(RECORD, entry('PAYMENT', 1_000), await as(schoolAdmin)))).toEqual([
      'BAD_USER_INPUT',
    ]);
    expect(codes(await graphql(RECORD, entry('ALLOCATION', -5), await as(schoolAdmin)))).toEqual([
      'BAD_USER_INPUT',
    ]);
    expect(codes(await graphql(RECORD, entry('ADJUSTMENT', 0), await as(schoolAdmin)))).toEqual([
      'BAD_USER_INPUT',
    ]);
    const before = await ok<{ emulationFund: { balance: number } }>(
      FUND,
      { o: world.school1.id, y: 2026 },
      await as(schoolAdmin),
    );
    await ok(RECORD, entry('ADJUSTMENT', -600_000), await as(schoolAdmin));
    const after = await ok<{ emulationFund: { balance: number } }>(
      FUND,
      { o: world.school1.id, y: 2026 },
      await as(schoolAdmin),
    );
    expect(after.emulationFund.balance).toBe(before.emulationFund.balance - 600_000);
    // A foreign admin cannot issue a decision for the school, nor list its nominations.
    const foreignIssue = await graphql(
      ISSUE,
      {
        input: {
          organizationId: world.school1.id,
          number: '1/QĐ',
          decidedAt: new Date().toISOString(),
          signer: 'X',
          title: 'X',
          nominationIds: [ids.registered],
        },
      },
      await as(foreignAdmin),
    );
    expect(codes(foreignIssue)).toEqual(['NOT_FOUND']);
    // The province may issue for nominations in its subtree; a school may not for its province.
    const provinceIssue = await graphql(
      ISSUE,
      {
        input: {
          organizationId: world.school2.id,
          number: '2/QĐ',
          decidedAt: new Date().toISOString(),
          signer: 'Hiệu trưởng',
          title: 'Ngoài thẩm quyền',
          nominationIds: [ids.registered],
        },
      },
      await as(schoolAdmin),
    );
    expect(codes(provinceIssue)).toEqual(['NOT_FOUND']);
  });

  it('exports the fund’s ledger as XLSX for its readers, and nothing for others', async () => {
    const download = async (credentials: { token: string } | null, organizationId: string, year = '2026') => {
      const url = new URL(testEnv('gatewayUrl').replace(/\/graphql$/, '/exports/fund.xlsx'));
      url.searchParams.set('organizationId', organizationId);
      url.searchParams.set('year', year);
      const res = await fetch(url, {
        headers: credentials ? { authorization: `Bearer ${credentials.token}` } : {},
      });
      return { status: res.status, body: Buffer.from(await res.arrayBuffer()) };
    };
    const file = await download(await as(viewer), world.school1.id);
    expect({ status: file.status, body: file.status === 200 ? '' : file.body.toString('utf8') }).toEqual({
      status: 200,
      body: '',
    });
    const book = new Workbook();
    await book.xlsx.load(file.body);
    const values: string[][] = [];
    book.worksheets[0]!.eachRow((row) =>
      values.push(Array.from((row.values as unknown[]).slice(1), (v) => String(v ?? ''))),
    );
    expect(values[0]![0]).toBe('SỔ THEO DÕI QUỸ THI ĐUA, KHEN THƯỞNG');
    expect(values.flat()).toEqual(
      expect.arrayContaining([`Đơn vị: ${'Trường THCS Nguyễn Du (Quyết định)'}`]),
    );
    const header = values.findIndex((r) => r[0] === 'STT');
    expect(values[header]).toEqual([
      'STT',
      'Ngày',
      'Loại',
      'Thu (đồng)',
      'Chi (đồng)',
      'Quyết định',
      'Nội dung',
    ]);
    const body = values.slice(header + 1);
    // The allocation, the two decisions' payments, and the adjustment of the previous test.
    expect(body.map((r) => [r[2], r[3], r[4]]).sort()).toEqual(
      [
        ['Chi khen thưởng', '', '2120000'],
        ['Chi khen thưởng', '', '2280000'],
        ['Phân bổ', '10000000', ''],
        ['Điều chỉnh', '', '600000'],
      ].sort(),
    );
    expect(body.find((r) => r[4] === '2120000')![5]).toMatch(/^21\/QĐ-THCS \(15\/06\/2026\)$/);
    expect((await download(await as(foreignAdmin), world.school1.id)).status).toBe(404);
    expect((await download(null, world.school1.id)).status).toBe(401);
    expect((await download(await as(viewer), world.school1.id, 'năm')).status).toBe(400);
  });

  it('two decisions racing for one nomination: exactly one recognizes it, once, with one payment', async () => {
    const input = (number: string) => ({
      input: {
        organizationId: world.school1.id,
        number,
        decidedAt: new Date().toISOString(),
        signer: 'Hiệu trưởng',
        title: 'Đua nhau',
        nominationIds: [ids.racer],
      },
    });
    const results = await Promise.all(
      ['60/QĐ', '61/QĐ'].map(async (n) => graphql(ISSUE, input(n), await as(schoolAdmin))),
    );
    expect(results.map((r) => codes(r)[0] ?? 'OK').sort()).toEqual(['INVALID_TRANSITION', 'OK']);
    const fund = await ok<{ emulationFund: { entries: { edges: { node: { note: string | null } }[] } } }>(
      FUND,
      { o: world.school1.id, y: 2026 },
      await as(schoolAdmin),
    );
    expect(fund.emulationFund.entries.edges.filter((e) => /^6[01]\/QĐ/.test(e.node.note ?? ''))).toHaveLength(
      1,
    );
  });
});

/**
 * Decree 91/2017 art. 73 (secondary copies, issue 19): the Giấy khen of a commune chairman is
 * 0.15 × the base salary for a person and twice that for a collective, where a school's Giấy
 * khen is 0.3 ×. 15 August 2023: base salary 1,800,000 (Decree 24/2023).
 */
describe('a commune chairman’s Giấy khen under Decree 91/2017', () => {
  it('pays 0.15 × the base salary (collective 0.3 ×) on a commune’s decision, to the đồng', async () => {
    const world = await provinceWithSchools('Giấy khen xã');
    const commune = await createOrg('COMMUNE', 'Xã Tân Lập (Giấy khen xã)', world.district.id);
    const hamlet = await createOrg('UNIT', 'Thôn Đông', commune.id);
    const communeAdmin = `commune-admin-${uniqueCode('u')}`;
    await grant(communeAdmin, commune.id, 'ORG_ADMIN');
    const a = await as(communeAdmin);
    const person = await createPerson(commune.id, 'Hoàng Văn Xã');
    const campaign = await createCampaign(a, commune.id, {
      title: 'Giấy khen của Chủ tịch UBND xã',
      year: Y - 1,
      distinctionCodes: ['GIAY_KHEN'],
    });
    await transition(a, campaign.id, 'open');
    const nominate = async (nominee: Record<string, string>) => {
      const n = await register(a, {
        campaignId: campaign.id,
        distinctionCode: 'GIAY_KHEN',
        submittingOrganizationId: commune.id,
        ...nominee,
      });
      await approved(a, n.id);
      return n.id;
    };
    const individual = await nominate({ nomineePersonId: person.id });
    const collective = await nominate({ nomineeOrganizationId: hamlet.id });

    // The preview a screen shows before signing: the same figures, from the server.
    const PREVIEW = `query($at: DateTime!, $o: ID!) { distinctions {
      code
      person: reward(target: INDIVIDUAL, decidedAt: $at, issuerId: $o) { multiple baseSalary amount }
      group: reward(target: COLLECTIVE, decidedAt: $at, issuerId: $o) { multiple amount }
    } }`;
    const priced = async (o: string) =>
      (
        await ok<{
          distinctions: {
            code: string;
            person: { multiple: string; baseSalary: number; amount: number } | null;
            group: { multiple: string; amount: number } | null;
          }[];
        }>(PREVIEW, { at: vn('2023-08-15'), o }, a)
      ).distinctions.find((d) => d.code === 'GIAY_KHEN')!;
    expect(await priced(commune.id)).toEqual({
      code: 'GIAY_KHEN',
      person: { multiple: '0.15', baseSalary: 1_800_000, amount: 270_000 },
      group: { multiple: '0.3', amount: 540_000 },
    });
    // A school's Giấy khen the same day: 0.3 × and 0.6 ×.
    expect(await priced(world.school1.id)).toEqual({
      code: 'GIAY_KHEN',
      person: { multiple: '0.3', baseSalary: 1_800_000, amount: 540_000 },
      group: { multiple: '0.6', amount: 1_080_000 },
    });

    const decision = (
      await ok<{
        issueRecognitionDecision: { totalReward: number; nominations: { id: string; reward: number }[] };
      }>(
        ISSUE,
        {
          input: {
            organizationId: commune.id,
            number: '12/QĐ-UBND',
            decidedAt: vn('2023-08-15'),
            signer: 'Chủ tịch UBND xã Nguyễn Văn Bình',
            title: 'Tặng Giấy khen của Chủ tịch UBND xã',
            nominationIds: [individual, collective],
          },
        },
        a,
      )
    ).issueRecognitionDecision;
    expect(decision.nominations.map(({ id, reward }) => ({ id, reward }))).toEqual([
      { id: individual, reward: 270_000 },
      { id: collective, reward: 540_000 },
    ]);
    expect(decision.totalReward).toBe(810_000);
    // The payment is in the commune's fund for 2023.
    const fund = await ok<{ emulationFund: { paid: number; balance: number } }>(
      FUND,
      { o: commune.id, y: 2023 },
      a,
    );
    expect(fund.emulationFund).toMatchObject({ paid: 810_000, balance: -810_000 });
  });
});
