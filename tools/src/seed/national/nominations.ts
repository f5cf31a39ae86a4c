import { SUMMARIES } from '../names';
import {
  COLLECTIVE_CODES,
  INDIVIDUAL_CODES,
  PASSED,
  pathTo,
  SLATE,
  stageSql,
  VOTED,
  type Level,
  type SeedPlan,
  type Stage,
} from '../plan';
import { literal, type SeedIds } from '../sql';
import { SEEDED_BY } from './dataset';
import type { Step } from './step';
import { nfc, pick } from './text';

const DAY = 86_400_000;

/**
 * When each step happened, per level of the cascade: registrations, then proposals, council
 * sessions (one slate after the other, 30 minutes apart), recognitions and escalations, each
 * nomination within a day of its phase (`jitter`). Sessions still open were opened yesterday.
 */
function timeline(now: Date) {
  const ago = (days: number) => `${literal(new Date(now.getTime() - days * DAY).toISOString())}::timestamptz`;
  const phases: Record<Level, Partial<Record<Stage | 'SESSION', number>>> = {
    0: {
      REGISTERED: 70,
      WITHDRAWN: 66,
      PROPOSED: 62,
      RETURNED: 59,
      SESSION: 55,
      RECOGNIZED: 50,
      ESCALATED: 47,
    },
    1: { PROPOSED: 47, SESSION: 40, RECOGNIZED: 35, ESCALATED: 32 },
    2: { PROPOSED: 32, SESSION: 25, RECOGNIZED: 20 },
  };
  const jitter = `((n.k * 7) % 86400) * interval '1 second'`;
  const byLevel = (stage: Stage) =>
    `(CASE n.level ${([0, 1, 2] as Level[])
      .filter((l) => phases[l][stage] !== undefined)
      .map((l) => `WHEN ${l} THEN ${ago(phases[l][stage]!)}`)
      .join(' ')} END + ${jitter})`;
  const sessionOpens = (open: string, slate: string, level: string) =>
    `(CASE WHEN ${open} THEN ${ago(1)} ELSE (CASE ${level} WHEN 0 THEN ${ago(phases[0].SESSION!)}
       WHEN 1 THEN ${ago(phases[1].SESSION!)} ELSE ${ago(phases[2].SESSION!)} END) END + ${slate} * interval '30 minutes')`;
  /** The instant a nomination (alias n, its slate sl) reached `stage` (an SQL text expression). */
  const at = (stage: string) => `(CASE ${stage}
      WHEN 'REGISTERED' THEN ${byLevel('REGISTERED')}
      WHEN 'WITHDRAWN' THEN ${byLevel('WITHDRAWN')}
      WHEN 'PROPOSED' THEN ${byLevel('PROPOSED')}
      WHEN 'RETURNED' THEN ${byLevel('RETURNED')}
      WHEN 'UNDER_REVIEW' THEN sl.opened_at
      WHEN 'COUNCIL_APPROVED' THEN sl.closed_at
      WHEN 'COUNCIL_REJECTED' THEN sl.closed_at
      WHEN 'RECOGNIZED' THEN ${byLevel('RECOGNIZED')}
      WHEN 'ESCALATED' THEN ${byLevel('ESCALATED')} END)`;
  return { at, sessionOpens };
}

/** The nominations of the cascade, their council slates, history, records and reviewers. */
export async function nominations(step: Step, ids: SeedIds, plan: SeedPlan): Promise<void> {
  const { provinces: P, districts: D, institutions: I, units: U, staff: S, councilSize: M } = plan;
  const firstTeacher = plan.officials + I + U;
  const open = plan.openSessions;
  const { at, sessionOpens } = timeline(new Date());

  // Every nomination as numbers: level 0 are the schools' and units' (k), levels 1 and 2 the same
  // nominees escalated to the province and to the nation.
  await step(
    'nominations: plan (district level)',
    `CREATE TEMP TABLE seed_nom ON COMMIT DROP AS
     WITH b AS (
       SELECT k, k % 5 = 4 AS coll, (k / 5) * 4 + k % 5 AS ji, k / 5 AS jc
         FROM generate_series(0::bigint, ${plan.base - 1}) AS k),
     x AS (
       SELECT b.*, CASE WHEN NOT coll THEN ji % ${S} END AS t,
              CASE WHEN coll AND jc % 5 = 0 THEN (jc / 5) % ${I} END AS ci,
              CASE WHEN coll AND jc % 5 <> 0 THEN jc % ${U} END AS cu
         FROM b),
     y AS (
       SELECT x.*, CASE WHEN t IS NOT NULL THEN t % ${U} ELSE cu END AS unit FROM x),
     z AS (
       SELECT y.*, coalesce(ci, unit % ${I}) AS inst FROM y)
     SELECT k, 0 AS level, ${ids.id('M0', 'k')} AS id, (inst % ${D})::int AS d,
            ${ids.id('C', `1 + ${P} + inst % ${D}`)} AS campaign_id,
            CASE WHEN NOT coll AND (k / 5) % 10 >= 7 THEN ${ids.id('I', 'inst')}
                 WHEN ci IS NOT NULL THEN ${ids.id('I', 'ci')} ELSE ${ids.id('U', 'unit')} END AS submitter_id,
            CASE WHEN NOT coll THEN ${ids.id('H', `${firstTeacher} + t`)} END AS person_id,
            CASE WHEN ci IS NOT NULL THEN ${ids.id('I', 'ci')} WHEN cu IS NOT NULL THEN ${ids.id('U', 'cu')} END AS org_id,
            CASE WHEN NOT coll THEN ${pick(INDIVIDUAL_CODES, `(ji / ${S} + t) % 3`)}
                 WHEN ci IS NOT NULL THEN ${pick(COLLECTIVE_CODES, `((jc / 5) / ${I} + ci) % 2`)}
                 ELSE ${pick(COLLECTIVE_CODES, `(jc / ${U} + cu) % 2`)} END AS code,
            CASE WHEN coll THEN 'COLLECTIVE' ELSE 'INDIVIDUAL' END AS target,
            ${stageSql(0, 'k', open)} AS stage,
            NULL::uuid AS escalated_from,
            CASE WHEN ${stageSql(0, 'k', open)} = 'ESCALATED' THEN ${ids.id('M1', 'k')} END AS escalated_to,
            (1 + ${P} + inst % ${D})::int AS council
       FROM z`,
  );
  // Escalated: submitted into the campaign above by the organization that escalated it.
  await step(
    'nominations: plan (escalated to the provinces)',
    `INSERT INTO seed_nom
     SELECT k, 1, ${ids.id('M1', 'k')}, d, ${ids.id('C', `1 + d % ${P}`)}, ${ids.id('D', 'd')}, person_id, org_id, code, target,
            ${stageSql(1, 'k', open)}, id,
            CASE WHEN ${stageSql(1, 'k', open)} = 'ESCALATED' THEN ${ids.id('M2', 'k')} END, 1 + d % ${P}
       FROM seed_nom WHERE level = 0 AND stage = 'ESCALATED'`,
  );
  await step(
    'nominations: plan (escalated to the nation)',
    `INSERT INTO seed_nom
     SELECT k, 2, ${ids.id('M2', 'k')}, d, ${ids.id('C', 0)}, ${ids.id('P', `d % ${P}`)}, person_id, org_id, code, target,
            ${stageSql(2, 'k', open)}, id, NULL, 0
       FROM seed_nom WHERE level = 1 AND stage = 'ESCALATED'`,
  );

  // Council slates: per campaign, the nominations voted on in closed sessions and those on the
  // slates of sessions still open, 50 a session, with the votes each received (2/3 of all members
  // approve those that passed; nobody abstained more than the rest allows).
  const need = Math.ceil((2 * M) / 3);
  const voted = `(${VOTED.map(literal).join(', ')})`;
  const passed = `(${PASSED.map(literal).join(', ')})`;
  await step(
    'voting: slates',
    `CREATE TEMP TABLE seed_slate ON COMMIT DROP AS
     WITH r AS (
       SELECT n.id AS nomination_id, n.k, n.level, n.stage, n.council, n.campaign_id, n.stage = 'UNDER_REVIEW' AS open,
              row_number() OVER (PARTITION BY n.campaign_id, n.stage = 'UNDER_REVIEW' ORDER BY n.k) - 1 AS r
         FROM seed_nom n WHERE n.stage IN ${voted}),
     s AS (
       SELECT r.*, r.r / ${SLATE} AS slate, (r.r % ${SLATE})::int AS position,
              dense_rank() OVER (ORDER BY r.campaign_id, r.open, r.r / ${SLATE}) - 1 AS sn,
              CASE WHEN r.stage IN ${passed} THEN ${need} + (r.k * 7 + r.level) % ${M - need + 1}
                   ELSE (r.k * 7 + r.level) % ${need} END AS approve
         FROM r)
     SELECT s.*, ${sessionOpens('s.open', 's.slate', 's.level')} AS opened_at,
            ${sessionOpens('s.open', 's.slate', 's.level')} + interval '20 minutes' AS closed_at,
            (s.k / 3 + s.level) % (${M} - s.approve + 1) AS abstain, (s.k * 13 + s.level * 5) % ${M} AS rot
       FROM s`,
  );

  const summary = pick(SUMMARIES, `n.k % ${SUMMARIES.length}`);
  await step(
    'nominations',
    `INSERT INTO nominations.nomination (id, campaign_id, year, distinction_code, target, nominee_person_id,
            nominee_organization_id, nominee_name, nominee_name_folded, submitting_organization_id, stage, dossier,
            decision_number, decided_at, escalated_from_id, escalated_to_id, published, published_at, created_by,
            created_at, updated_at)
     SELECT n.id, n.campaign_id, ${plan.year}, n.code, n.target, n.person_id, n.org_id,
            coalesce(p.full_name, o.name), coalesce(p.full_name_folded, o.name_folded), n.submitter_id, n.stage,
            CASE WHEN n.stage NOT IN ('REGISTERED', 'WITHDRAWN')
                 THEN jsonb_build_object('summary', ${summary}, 'evidence', '[]'::jsonb, 'attachments', '[]'::jsonb) END,
            CASE WHEN n.stage IN ('RECOGNIZED', 'ESCALATED')
                 THEN (n.k % 997 + 1) || '/QĐ-' || (ARRAY['PGDĐT', 'UBND', 'TTg'])[n.level + 1] END,
            CASE WHEN n.stage IN ('RECOGNIZED', 'ESCALATED') THEN ${at("'RECOGNIZED'")} END,
            n.escalated_from, n.escalated_to,
            n.stage IN ('RECOGNIZED', 'ESCALATED') AND n.k % 10 = 0,
            CASE WHEN n.stage IN ('RECOGNIZED', 'ESCALATED') AND n.k % 10 = 0 THEN ${at("'RECOGNIZED'")} + interval '1 day' END,
            $1, ${at(`CASE WHEN n.level = 0 THEN 'REGISTERED' ELSE 'PROPOSED' END`)}, ${at('n.stage')}
       FROM seed_nom n
       LEFT JOIN organizations.person p ON p.id = n.person_id
       LEFT JOIN organizations.organization o ON o.id = n.org_id
       LEFT JOIN seed_slate sl ON sl.nomination_id = n.id
      ORDER BY n.level, n.k`,
    [SEEDED_BY],
  );

  const paths = (['REGISTERED', 'PROPOSED', 'RETURNED', 'WITHDRAWN', ...VOTED] as Stage[]).flatMap((final) =>
    [false, true].flatMap((linked) =>
      pathTo(final, linked).map(
        (to, i, all) =>
          `(${literal(final)}, ${linked}, ${i}, ${i === 0 ? 'NULL' : literal(all[i - 1]!)}, ${literal(to)})`,
      ),
    ),
  );
  await step(
    'nominations: history',
    `INSERT INTO nominations.nomination_transition (nomination_id, from_stage, to_stage, at, by, reason)
     SELECT n.id, x.from_stage, x.to_stage, ${at('x.to_stage')}, $1,
            CASE WHEN x.to_stage = 'RETURNED' THEN ${literal(nfc('Bổ sung minh chứng cho từng tiêu chí'))} END
       FROM seed_nom n
       JOIN (VALUES ${paths.join(', ')}) AS x(final, linked, step, from_stage, to_stage)
         ON x.final = n.stage AND x.linked = (n.level > 0)
       LEFT JOIN seed_slate sl ON sl.nomination_id = n.id
      ORDER BY n.level, n.k, x.step`,
    [SEEDED_BY],
  );
  // The platform's record of the year, as recognition writes it; a higher recognition of the same
  // nominee and distinction takes the record over (recognize's upsert).
  await step(
    'nominations: distinction records',
    `INSERT INTO nominations.distinction_record (id, person_id, organization_id, year, distinction_code, decision_number,
            source, nomination_id, created_at)
     SELECT gen_random_uuid(), n.person_id, n.org_id, ${plan.year}, n.code, m.decision_number, 'PLATFORM', n.id, m.decided_at
       FROM seed_nom n JOIN nominations.nomination m ON m.id = n.id
      WHERE n.level = 0 AND n.stage IN ('RECOGNIZED', 'ESCALATED')`,
  );
  for (const level of [1, 2])
    await step(
      'nominations: distinction records',
      `UPDATE nominations.distinction_record r SET nomination_id = m.id, decision_number = m.decision_number
         FROM seed_nom n JOIN nominations.nomination m ON m.id = n.id
        WHERE n.level = ${level} AND n.stage IN ('RECOGNIZED', 'ESCALATED') AND r.nomination_id = n.escalated_from`,
    );
  // Council members read the slates they vote on.
  await step(
    'nominations: council reviewers',
    `INSERT INTO nominations.nomination_reviewer (nomination_id, person_id)
     SELECT s.nomination_id, ${ids.id('H', `s.council * ${M} + j`)}
       FROM seed_slate s CROSS JOIN generate_series(0, ${M - 1}) AS j`,
  );
}
