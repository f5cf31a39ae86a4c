import type { CombinedError } from '@urql/core';
import { useId, useState, type FormEvent } from 'react';
import { useClient, useQuery } from 'urql';
import { Link, useLocation, useSearch } from 'wouter';
import { useI18n } from '../../../i18n/i18n';
import { ErrorMessage } from '../../../ui/error-message';
import { PersonPicker } from '../../../ui/person-picker';
import { FieldError } from '../components/field-error';
import { pickerLabels } from '../components/member-picker-labels';
import { COUNCIL_ROLES, councilProblems, type CouncilRole, type MemberDraft } from '../council-form';
import { CouncilsQuery, CreateCouncilMutation } from '../documents';
import { serverFields } from '../server-errors';

const KINDS = ['EMULATION', 'INITIATIVE'] as const;

/** A new council: name, kind, and its members with their roles, found by name. */
export function NewCouncilPage() {
  const { t } = useI18n();
  const organizationId = new URLSearchParams(useSearch()).get('organization') ?? '';
  const [org] = useQuery({ query: CouncilsQuery, variables: { organizationId }, pause: !organizationId });
  const organization = org.data?.organization;
  if (!organizationId || (org.data && !organization))
    return (
      <p role="alert" className="error">
        {t('error.NOT_FOUND')}
      </p>
    );
  if (!organization) return org.error ? <ErrorMessage error={org.error} /> : <p>{t('app.loading')}</p>;
  return <CouncilForm organization={organization} />;
}

function CouncilForm({ organization }: { organization: { id: string; name: string } }) {
  const { t } = useI18n();
  const client = useClient();
  const [, navigate] = useLocation();
  const ids = useId();
  const [name, setName] = useState('');
  const [kind, setKind] = useState<(typeof KINDS)[number]>('EMULATION');
  const [members, setMembers] = useState<MemberDraft[]>([]);
  const [touched, setTouched] = useState({ name: false, members: false });
  const [sending, setSending] = useState(false);
  const [error, setError] = useState<CombinedError | null>(null);

  const problems = councilProblems(name, members);
  const server = serverFields(error, ['name', 'members']);
  const nameText =
    touched.name && problems.name
      ? t(`councils.problem.${problems.name}`)
      : server.has('name')
        ? t('councils.server.name')
        : null;
  const membersText =
    touched.members && problems.members
      ? t(`councils.problem.${problems.members}`)
      : server.has('members')
        ? t('councils.server.members')
        : null;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setTouched({ name: true, members: true });
    if (problems.name || problems.members || sending) return;
    setSending(true);
    setError(null);
    const result = await client
      .mutation(CreateCouncilMutation, {
        input: {
          organizationId: organization.id,
          name: name.trim(),
          kind,
          members: members.map((m) => ({ personId: m.personId, role: m.role })),
        },
      })
      .toPromise();
    setSending(false);
    if (result.data?.createCouncil) navigate(`/councils/${encodeURIComponent(result.data.createCouncil.id)}`);
    else if (result.error) setError(result.error);
  };

  const setRole = (personId: string, role: CouncilRole) =>
    setMembers((list) => list.map((m) => (m.personId === personId ? { ...m, role } : m)));

  return (
    <>
      <p>
        <Link href={`/councils?organization=${encodeURIComponent(organization.id)}`}>
          {t('councils.page.back', { organization: organization.name })}
        </Link>
      </p>
      <h1>{t('councils.form.title', { organization: organization.name })}</h1>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <div className="field">
          <label htmlFor={`${ids}-name`}>{t('councils.form.name')}</label>
          <input
            id={`${ids}-name`}
            type="text"
            value={name}
            required
            aria-invalid={Boolean(nameText)}
            aria-describedby={nameText ? `${ids}-name-error` : undefined}
            data-testid="council-name"
            onChange={(e) => {
              setName(e.target.value);
              setTouched((s) => ({ ...s, name: true }));
            }}
          />
          <FieldError id={`${ids}-name-error`} text={nameText} />
        </div>
        <div className="field">
          <label htmlFor={`${ids}-kind`}>{t('councils.form.kind')}</label>
          <select id={`${ids}-kind`} value={kind} onChange={(e) => setKind(e.target.value as typeof kind)}>
            {KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`councils.kind.${k}`)}
              </option>
            ))}
          </select>
        </div>

        <fieldset aria-describedby={membersText ? `${ids}-members-error` : undefined}>
          <legend>{t('councils.form.members')}</legend>
          {members.length === 0 ? (
            <p className="muted">{t('councils.form.noMembers')}</p>
          ) : (
            <div className="table-scroll">
              <table data-testid="council-draft-members">
                <thead>
                  <tr>
                    <th scope="col">{t('councils.form.member')}</th>
                    <th scope="col">{t('councils.form.role')}</th>
                    <th scope="col">{t('councils.form.removeHeader')}</th>
                  </tr>
                </thead>
                <tbody>
                  {members.map((m) => (
                    <tr key={m.personId} data-testid="council-draft-member" data-person-id={m.personId}>
                      <th scope="row">{m.fullName}</th>
                      <td>
                        <select
                          aria-label={t('councils.form.roleOf', { name: m.fullName })}
                          value={m.role}
                          data-testid="council-member-role"
                          onChange={(e) => setRole(m.personId, e.target.value as CouncilRole)}
                        >
                          {COUNCIL_ROLES.map((r) => (
                            <option key={r} value={r}>
                              {t(`councils.role.${r}`)}
                            </option>
                          ))}
                        </select>
                      </td>
                      <td>
                        <button
                          type="button"
                          className="secondary"
                          onClick={() => {
                            setMembers((list) => list.filter((x) => x.personId !== m.personId));
                            setTouched((s) => ({ ...s, members: true }));
                          }}
                        >
                          {t('councils.form.remove', { name: m.fullName })}
                        </button>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          <FieldError id={`${ids}-members-error`} text={membersText} />
          <PersonPicker
            organizationId={organization.id}
            labels={pickerLabels(t)}
            pickedIds={new Set(members.map((m) => m.personId))}
            onPick={(p) => {
              // The first member chairs by default; the others are members until changed.
              setMembers((list) => [
                ...list,
                {
                  personId: p.id,
                  fullName: p.fullName,
                  role: list.some((m) => m.role === 'CHAIR') ? 'MEMBER' : 'CHAIR',
                },
              ]);
              setTouched((s) => ({ ...s, members: true }));
            }}
          />
        </fieldset>

        <button type="submit" className="primary" data-testid="council-submit" disabled={sending}>
          {sending ? t('councils.form.sending') : t('councils.form.submit')}
        </button>
        {error && server.size === 0 ? <ErrorMessage error={error} /> : null}
      </form>
    </>
  );
}
