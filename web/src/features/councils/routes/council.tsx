import type { CombinedError } from '@urql/core';
import { useId, useState, type FormEvent } from 'react';
import { useClient, useQuery } from 'urql';
import { Link } from 'wouter';
import { useI18n } from '../../../i18n/i18n';
import { ErrorMessage } from '../../../ui/error-message';
import { Figure } from '../../../ui/figure';
import { PersonPicker, type PickedPerson } from '../../../ui/person-picker';
import { FieldError } from '../components/field-error';
import { pickerLabels } from '../components/member-picker-labels';
import { COUNCIL_ROLES, memberProblem, type CouncilRole } from '../council-form';
import { AddCouncilMemberMutation, CouncilPageQuery } from '../documents';
import { serverFields } from '../server-errors';

/** A council: its members (and adding one), its voting sessions, and a new session. */
export function CouncilPage({ councilId }: { councilId: string }) {
  const { t } = useI18n();
  const [result, refetch] = useQuery({
    query: CouncilPageQuery,
    variables: { id: councilId },
    requestPolicy: 'cache-and-network',
  });
  const council = result.data?.council;
  if (result.error && !result.data) return <ErrorMessage error={result.error} />;
  if (!result.data) return <p>{t('app.loading')}</p>;
  if (!council)
    return (
      <p role="alert" className="error">
        {t('error.NOT_FOUND')}
      </p>
    );
  const sessions = result.data.votingSessions.edges.map((e) => e.node);
  return (
    <>
      <p>
        <Link href={`/councils?organization=${encodeURIComponent(council.organization.id)}`}>
          {t('councils.page.back', { organization: council.organization.name })}
        </Link>
      </p>
      <h1>{council.name}</h1>
      <p>
        {t(`councils.kind.${council.kind}`)} — {council.organization.name}
      </p>

      <section aria-labelledby="members-heading">
        <h2 id="members-heading">{t('councils.page.members', { count: council.members.length })}</h2>
        <div className="table-scroll">
          <table>
            <thead>
              <tr>
                <th scope="col">{t('councils.page.person')}</th>
                <th scope="col">{t('councils.form.role')}</th>
                <th scope="col">{t('councils.page.position')}</th>
                <th scope="col">{t('councils.page.unit')}</th>
              </tr>
            </thead>
            <tbody>
              {council.members.map((m) => (
                <tr
                  key={m.person.id}
                  data-testid="council-member"
                  data-person-id={m.person.id}
                  data-role={m.role}
                >
                  <th scope="row">{m.person.fullName}</th>
                  <td>{t(`councils.role.${m.role}`)}</td>
                  <td>{m.person.governmentPosition ?? ''}</td>
                  <td>{m.person.organization.name}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <AddMember
          councilId={council.id}
          organizationId={council.organization.id}
          members={council.members}
          onAdded={() => refetch({ requestPolicy: 'network-only' })}
        />
      </section>

      <section aria-labelledby="sessions-heading">
        <h2 id="sessions-heading">{t('councils.page.sessions', { count: sessions.length })}</h2>
        <p className="toolbar">
          <Link href={`/councils/${encodeURIComponent(council.id)}/sessions/new`} data-testid="session-new">
            {t('councils.page.newSession')}
          </Link>
        </p>
        {sessions.length === 0 ? (
          <p className="muted">{t('councils.page.noSessions')}</p>
        ) : (
          <div className="table-scroll">
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('councils.page.session')}</th>
                  <th scope="col">{t('councils.page.status')}</th>
                  <th scope="col" className="num">
                    {t('councils.page.progress')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {sessions.map((s) => (
                  <tr key={s.id} data-testid="council-session-row" data-session-id={s.id}>
                    <th scope="row">
                      <Link href={`/sessions/${encodeURIComponent(s.id)}`}>{s.title}</Link>
                    </th>
                    <td>{t(`councils.status.${s.status}`)}</td>
                    <td className="num">
                      <Figure value={s.ballotsCast} /> / <Figure value={s.eligibleVoters} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </>
  );
}

function AddMember({
  councilId,
  organizationId,
  members,
  onAdded,
}: {
  councilId: string;
  organizationId: string;
  members: readonly { role: string; person: { id: string } }[];
  onAdded: () => void;
}) {
  const { t } = useI18n();
  const client = useClient();
  const ids = useId();
  const [person, setPerson] = useState<PickedPerson | null>(null);
  const [role, setRole] = useState<CouncilRole>('MEMBER');
  const [sending, setSending] = useState(false);
  const [error, setError] = useState<CombinedError | null>(null);
  const [added, setAdded] = useState<string | null>(null);

  const problem = person ? memberProblem(members, person.id, role) : undefined;
  const server = serverFields(error, ['member.personId', 'member.role']);
  const open = error?.graphQLErrors.some((e) => /open voting session/.test(e.message)) ?? false;
  const text = problem
    ? t(`councils.problem.${problem}`)
    : open
      ? t('councils.server.openSession')
      : server.has('member.role')
        ? t('councils.server.member.role')
        : server.has('member.personId')
          ? t('councils.server.member.personId')
          : null;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!person || problem || sending) return;
    setSending(true);
    setError(null);
    setAdded(null);
    const result = await client
      .mutation(AddCouncilMemberMutation, { councilId, member: { personId: person.id, role } })
      .toPromise();
    setSending(false);
    if (result.data?.addCouncilMember) {
      setAdded(person.fullName);
      setPerson(null);
      setRole('MEMBER');
      onAdded();
    } else if (result.error) setError(result.error);
  };

  return (
    <form onSubmit={(e) => void submit(e)} aria-labelledby={`${ids}-heading`} noValidate>
      <h3 id={`${ids}-heading`}>{t('councils.page.addMember')}</h3>
      <PersonPicker
        organizationId={organizationId}
        labels={pickerLabels(t)}
        pickedIds={new Set(members.map((m) => m.person.id))}
        onPick={(p) => {
          setPerson(p);
          setError(null);
          setAdded(null);
        }}
      />
      {person ? (
        <p data-testid="council-add-selected">{t('councils.page.addSelected', { name: person.fullName })}</p>
      ) : null}
      <div className="field">
        <label htmlFor={`${ids}-role`}>{t('councils.form.role')}</label>
        <select
          id={`${ids}-role`}
          value={role}
          data-testid="council-add-role"
          aria-describedby={text ? `${ids}-error` : undefined}
          onChange={(e) => setRole(e.target.value as CouncilRole)}
        >
          {COUNCIL_ROLES.map((r) => (
            <option key={r} value={r}>
              {t(`councils.role.${r}`)}
            </option>
          ))}
        </select>
        <FieldError id={`${ids}-error`} text={text} />
      </div>
      <button
        type="submit"
        className="primary"
        data-testid="council-add-submit"
        disabled={!person || Boolean(problem) || sending}
      >
        {t('councils.page.add')}
      </button>
      {error && !text ? <ErrorMessage error={error} /> : null}
      {added ? (
        <p aria-live="polite" className="notice">
          {t('councils.page.added', { name: added })}
        </p>
      ) : null}
    </form>
  );
}
