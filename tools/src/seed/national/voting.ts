import { Sealer } from '@laurel/voting';
import type { Client } from 'pg';
import type { SeedPlan } from '../plan';
import { literal, type SeedIds } from '../sql';
import { councilOrg } from './councils';
import { SEEDED_BY } from './dataset';
import type { Step } from './step';
import { nfc } from './text';

/** Councils, their members and sessions, the closed sessions' ballots and results. */
export async function voting(
  client: Client,
  step: Step,
  ids: SeedIds,
  plan: SeedPlan,
  sealingKey: string | undefined,
): Promise<void> {
  const M = plan.councilSize;
  await step(
    'voting: councils',
    `INSERT INTO voting.council (id, organization_id, name, kind, created_by, created_at)
     SELECT ${ids.id('V', 'g')}, o.id, ${literal(nfc('Hội đồng Thi đua – Khen thưởng'))} || ' ' || o.name, 'EMULATION', $1,
            now() - interval '90 days'
       FROM generate_series(0, ${plan.councilOrgs - 1}) AS g
       JOIN organizations.organization o ON o.id = ${councilOrg(ids, plan, 'g')}
      ORDER BY g`,
    [SEEDED_BY],
  );
  await step(
    'voting: council members',
    `INSERT INTO voting.council_member (council_id, person_id, role)
     SELECT ${ids.id('V', 'g')}, ${ids.id('H', `g * ${M} + j`)},
            coalesce((ARRAY['CHAIR', 'VICE_CHAIR', 'SECRETARY'])[j + 1], 'MEMBER')
       FROM generate_series(0, ${plan.councilOrgs - 1}) AS g, generate_series(0, ${M - 1}) AS j`,
  );
  await step(
    'voting: sessions',
    `INSERT INTO voting.voting_session (id, council_id, title, status, threshold_numerator, threshold_denominator, base,
            comparison, quorum_numerator, quorum_denominator, eligible_voters, ballots_cast, created_by, created_at, closed_at)
     SELECT ${ids.id('S', 'sn')}, ${ids.id('V', 'council')}, ${literal(nfc('Phiên họp xét thi đua, khen thưởng số '))} || (slate + 1),
            CASE WHEN open THEN 'OPEN' ELSE 'CLOSED' END, 2, 3, 'TOTAL_MEMBERS', 'AT_LEAST', 1, 2, ${M},
            CASE WHEN open THEN 0 ELSE ${M} END, $1, opened_at - interval '1 hour', CASE WHEN NOT open THEN closed_at END
       FROM (SELECT DISTINCT sn, council, open, slate, opened_at, closed_at FROM seed_slate) AS s
      ORDER BY sn`,
    [SEEDED_BY],
  );
  await step(
    'voting: slates',
    `INSERT INTO voting.session_nomination (session_id, nomination_id, position)
     SELECT ${ids.id('S', 'sn')}, nomination_id, position FROM seed_slate ORDER BY sn, position`,
  );
  const closed = `(SELECT DISTINCT sn, council FROM seed_slate WHERE NOT open)`;
  await step(
    'voting: participation',
    `INSERT INTO voting.participation (session_id, person_id)
     SELECT ${ids.id('S', 's.sn')}, ${ids.id('H', `s.council * ${M} + j`)}
       FROM ${closed} AS s CROSS JOIN generate_series(0, ${M - 1}) AS j`,
  );
  await step(
    'voting: receipts',
    `INSERT INTO voting.receipt (session_id, code_hash)
     SELECT ${ids.id('S', 's.sn')},
            rtrim(translate(encode(sha256(convert_to(gen_random_uuid()::text, 'UTF8')), 'base64'), '+/', '-_'), '=')
       FROM ${closed} AS s CROSS JOIN generate_series(0, ${M - 1}) AS j`,
  );
  // Opened at closing: one row per ballot, every slate nomination chosen, written in random order.
  // Ballot j approves nomination n when (j + rot) mod M falls among its approvals, and so on.
  await step(
    'voting: ballots',
    `INSERT INTO voting.ballot (id, session_id, choices)
     SELECT gen_random_uuid(), ${ids.id('S', 's.sn')},
            jsonb_object_agg(s.nomination_id, CASE WHEN (j + s.rot) % ${M} < s.approve THEN 'APPROVE'
                                                 WHEN (j + s.rot) % ${M} < ${M} - s.abstain THEN 'REJECT'
                                                 ELSE 'ABSTAIN' END)
       FROM seed_slate s CROSS JOIN generate_series(0, ${M - 1}) AS j
      WHERE NOT s.open
      GROUP BY s.sn, j
      ORDER BY random()`,
  );
  await step(
    'voting: results',
    `INSERT INTO voting.session_result (session_id, nomination_id, approve, reject, abstain, passed)
     SELECT ${ids.id('S', 'sn')}, nomination_id, approve, ${M} - approve - abstain, abstain, approve * 3 >= 2 * ${M}
       FROM seed_slate WHERE NOT open`,
  );
  const opened = (await client.query(`SELECT DISTINCT sn FROM seed_slate WHERE open ORDER BY sn`)).rows as {
    sn: string;
  }[];
  if (opened.length > 0 && sealingKey) {
    // Open sessions keep their ballot key wrapped under the voting service's key, as opening does.
    const sealer = new Sealer(sealingKey);
    await step(
      'voting: keys of the open sessions',
      `UPDATE voting.voting_session s SET wrapped_key = u.key
         FROM unnest($1::uuid[], $2::bytea[]) AS u(id, key) WHERE s.id = u.id`,
      [opened.map((o) => ids.idOf('S', Number(o.sn))), opened.map(() => sealer.newSessionKey().wrapped)],
    );
  }
}
