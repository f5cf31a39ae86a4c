import { codes, graphql, ok, uniqueCode } from '@laurel/testing';
import { createCampaign, transition, Y } from './campaign-flows';
import { as, createPerson, grant, provinceWithSchools } from './flows';
import { approved, recognize, register } from './nomination-flows';

/**
 * A ratio cap (Decree 91/2017 art. 9 had one on Chiến sĩ thi đua cơ sở; provinces may set their
 * own on delegated titles): at most num/den of the unit's holders of a title may receive the
 * capped distinction. Here a province caps its Giấy khen at half of the unit's Lao động tiên tiến.
 */
describe('ratio caps are enforced at recognition', () => {
  it('refuses the recognition that would exceed the cap, with RATIO_CAP_EXCEEDED', async () => {
    const world = await provinceWithSchools('Tỷ lệ');
    const provinceAdmin = `province-admin-${uniqueCode('u')}`;
    const schoolAdmin = `school-admin-${uniqueCode('u')}`;
    await grant(provinceAdmin, world.province.id, 'ORG_ADMIN');
    await grant(schoolAdmin, world.school1.id, 'ORG_ADMIN');
    await ok(
      `mutation($input: SetDistinctionStandardInput!) { setDistinctionStandard(input: $input) { inForceFrom } }`,
      {
        input: {
          code: 'GIAY_KHEN',
          issuerId: world.province.id,
          inForceFrom: `${Y - 1}-01-01`,
          standardVi: 'Giấy khen: không quá một nửa số Lao động tiên tiến của đơn vị',
          source: `Quyết định 02/${Y - 1}/QĐ-UBND, Điều 5`,
          ratioCap: {
            code: 'LAO_DONG_TIEN_TIEN',
            share: { numerator: 1, denominator: 2 },
            source: `Quyết định 02/${Y - 1}/QĐ-UBND, Điều 5`,
          },
        },
      },
      await as(provinceAdmin),
    );

    // Four staff; two of them Lao động tiên tiến in the campaign's year (imported history).
    const staff = await Promise.all(
      ['Vũ Văn Một', 'Vũ Văn Hai', 'Vũ Văn Ba', 'Vũ Văn Bốn'].map((name) =>
        createPerson(world.school1.id, name),
      ),
    );
    const csv = ['year,distinctionCode,personId,decisionNumber']
      .concat(staff.slice(0, 2).map((p) => `${Y - 1},LAO_DONG_TIEN_TIEN,${p.id},01/QĐ`))
      .join('\n');
    const imported = await ok<{ importDistinctionRecords: { created: number; errors: unknown[] } }>(
      `mutation($c: String!) { importDistinctionRecords(format: CSV, content: $c) { created errors { row message } } }`,
      { c: csv },
      await as(schoolAdmin),
    );
    expect(imported.importDistinctionRecords).toEqual({ created: 2, errors: [] });

    const campaign = await createCampaign(await as(schoolAdmin), world.school1.id, {
      // The school year that started this year (its deadlines fall next year).
      title: 'Giấy khen cuối năm học',
      year: Y - 1,
      distinctionCodes: ['GIAY_KHEN'],
    });
    await transition(await as(schoolAdmin), campaign.id, 'open');
    const nominations = [];
    for (const p of staff.slice(0, 2)) {
      const n = await register(await as(schoolAdmin), {
        campaignId: campaign.id,
        distinctionCode: 'GIAY_KHEN',
        submittingOrganizationId: world.school1.id,
        nomineePersonId: p.id,
      });
      await approved(await as(schoolAdmin), n.id);
      nominations.push(n);
    }
    // One of two holders: 1 ≤ 2 × 1/2.
    expect(
      (await recognize(await as(schoolAdmin), nominations[0]!.id, '10/QĐ')).recognizeNomination.stage,
    ).toBe('RECOGNIZED');
    // A second would make 2 > 2 × 1/2.
    const refused = await graphql(
      `mutation($id: ID!) { recognizeNomination(id: $id, decisionNumber: "11/QĐ", decidedAt: "${new Date().toISOString()}") { stage } }`,
      { id: nominations[1]!.id },
      await as(schoolAdmin),
    );
    expect(codes(refused)).toEqual(['NOT_ELIGIBLE']);
    expect(refused.errors?.[0]?.extensions?.reason).toBe('RATIO_CAP_EXCEEDED');
  });
});
