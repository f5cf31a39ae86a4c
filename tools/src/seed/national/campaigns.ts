import type { Client } from 'pg';
import { CAMPAIGN_TITLE, CRITERIA } from '../names';
import { COLLECTIVE_CODES, INDIVIDUAL_CODES, type Level, type SeedPlan } from '../plan';
import { literal, textArray, type SeedIds } from '../sql';
import { councilOrg } from './councils';
import { SEEDED_BY } from './dataset';
import type { Step } from './step';
import { fold, nfc } from './text';

/** Deadlines per level: district offices' inside their province's, provinces' inside the nation's. */
function deadlines(year: number): Record<Level, [string, string, string]> {
  const at = (d: string) => new Date(`${year}-${d}T17:00:00+07:00`).toISOString();
  return {
    2: [at('03-31'), at('11-30'), at('12-20')],
    1: [at('03-23'), at('11-20'), at('12-10')],
    0: [at('03-16'), at('11-10'), at('11-30')],
  };
}

/** A campaign per council organization, in a cascade, with what nominations and reporting copy of it. */
export async function campaigns(client: Client, step: Step, ids: SeedIds, plan: SeedPlan): Promise<void> {
  const { provinces: P, districts: D } = plan;
  const title = `${CAMPAIGN_TITLE} năm ${plan.year}`;
  const dl = deadlines(plan.year);
  // Campaign g belongs to council organization g: 0 the nation, 1..P provinces, then districts.
  const level = (g: string) => `(CASE WHEN ${g} = 0 THEN 2 WHEN ${g} <= ${P} THEN 1 ELSE 0 END)`;
  const parent = (g: string) =>
    `(CASE WHEN ${g} = 0 THEN NULL WHEN ${g} <= ${P} THEN ${ids.id('C', 0)}
           ELSE ${ids.id('C', `1 + ((${g} - 1 - ${P}) % ${P})`)} END)`;
  const deadline = (i: 0 | 1 | 2) =>
    `(CASE ${level('g')} WHEN 2 THEN ${literal(dl[2][i])} WHEN 1 THEN ${literal(dl[1][i])} ELSE ${literal(dl[0][i])} END)::timestamptz`;
  await step(
    'campaigns',
    `INSERT INTO campaigns.campaign (id, organization_id, parent_id, title, title_folded, year, end_year, kind, calendar,
            status, registration_deadline, proposal_deadline, escalation_deadline, group_ids, created_by, created_at, updated_at)
     SELECT ${ids.id('C', 'g')}, o.id, ${parent('g')},
            CASE WHEN g = 0 THEN ${literal(nfc(title))} ELSE ${literal(nfc(title))} || ' – ' || o.name END,
            CASE WHEN g = 0 THEN ${literal(fold(title))} ELSE ${literal(fold(title))} || ' – ' || o.name_folded END,
            ${plan.year}, ${plan.year}, 'ANNUAL', 'CALENDAR_YEAR', 'OPEN', ${deadline(0)}, ${deadline(1)}, ${deadline(2)},
            '{}', $1, now() - interval '100 days', now() - interval '99 days'
       FROM generate_series(0, ${plan.councilOrgs - 1}) AS g
       JOIN organizations.organization o ON o.id = ${councilOrg(ids, plan, 'g')}
      ORDER BY g`,
    [SEEDED_BY],
  );
  const seeded = `SELECT id FROM campaigns.campaign WHERE created_by = '${SEEDED_BY}'`;
  await step(
    'campaigns: distinctions of the district campaigns',
    `INSERT INTO campaigns.campaign_distinction (campaign_id, code, position)
     SELECT ${ids.id('C', `1 + ${P} + d`)}, c.code, c.position - 1
       FROM generate_series(0, ${D - 1}) AS d,
            unnest(${textArray([...INDIVIDUAL_CODES, ...COLLECTIVE_CODES])}) WITH ORDINALITY AS c(code, position)`,
  );
  await step(
    'campaigns: criteria',
    `INSERT INTO campaigns.criterion (id, campaign_id, position, target, text, evaluator_organization_id)
     SELECT gen_random_uuid(), c.id, x.position - 1, x.target, x.text, NULL
       FROM (${seeded}) AS c,
            unnest(${textArray(CRITERIA.map(([t]) => t))}, ${textArray(CRITERIA.map(([, text]) => nfc(text)))})
              WITH ORDINALITY AS x(target, text, position)`,
  );
  await step(
    'campaigns: history (DRAFT, OPEN)',
    `INSERT INTO campaigns.campaign_transition (campaign_id, from_status, to_status, at, by)
     SELECT c.id, x.from_status, x.to_status, c.created_at + x.after, $1
       FROM campaigns.campaign c,
            (VALUES (NULL, 'DRAFT', interval '0'), ('DRAFT', 'OPEN', interval '1 day')) AS x(from_status, to_status, after)
      WHERE c.created_by = $1 ORDER BY c.created_at, c.id, x.after`,
    [SEEDED_BY],
  );
  // What nominations and reporting would have fetched from /internal/campaigns on first use.
  await step(
    'nominations: campaign copies',
    `INSERT INTO nominations.campaign_ref (id, organization_id, parent_id, status, year, registration_deadline,
            proposal_deadline, escalation_deadline, group_ids, distinction_codes, criterion_ids)
     SELECT c.id, c.organization_id, c.parent_id, c.status, c.year, c.registration_deadline, c.proposal_deadline,
            c.escalation_deadline, c.group_ids,
            ARRAY(SELECT d.code FROM campaigns.campaign_distinction d WHERE d.campaign_id = c.id ORDER BY d.position),
            ARRAY(SELECT k.id FROM campaigns.criterion k WHERE k.campaign_id = c.id ORDER BY k.position)
       FROM campaigns.campaign c WHERE c.created_by = $1`,
    [SEEDED_BY],
  );
  // Reporting's copy grew year, end year and kind for the yearly statistics: filled when present.
  const columns = new Set(
    (
      await client.query(
        `SELECT column_name FROM information_schema.columns WHERE table_schema = 'reporting' AND table_name = 'campaign_ref'`,
      )
    ).rows.map((r: { column_name: string }) => r.column_name),
  );
  const extra = ['year', 'end_year', 'kind'].filter((c) => columns.has(c));
  await step(
    'reporting: campaign cascade',
    `INSERT INTO reporting.campaign_ref (id, parent_id, organization_id${extra.map((c) => `, ${c}`).join('')})
     SELECT c.id, c.parent_id, c.organization_id${extra.map((c) => `, c.${c}`).join('')}
       FROM campaigns.campaign c WHERE c.created_by = $1`,
    [SEEDED_BY],
  );
}
