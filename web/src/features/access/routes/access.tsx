import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { useI18n } from '../../../i18n/i18n';
import type { MessageKey } from '../../../i18n/catalogue';
import { formatDateTime } from '../../../i18n/format';
import { ConfirmButton } from '../../../ui/confirm-button';
import { ErrorMessage } from '../../../ui/error-message';
import { serverMessage } from '../../../ui/server-errors';
import { ScopePicker } from '../../../ui/my-organizations';
import { TextField } from '../../../ui/text-field';
import { LIMITS, problemText, requiredText } from '../../../ui/validation';
import { SecretOnce } from '../components/secret-once';
import {
  AccessQuery,
  CreateApiKeyMutation,
  GrantRoleMutation,
  RevokeApiKeyMutation,
  RevokeRoleMutation,
} from '../documents';

const ROLES = ['ORG_ADMIN', 'UNIT_LEAD', 'VIEWER'] as const;
type Role = (typeof ROLES)[number];

function Detail({ error }: { error: Parameters<typeof serverMessage>[0] }) {
  const { t } = useI18n();
  const message = serverMessage(error);
  return error && message ? <p className="muted">{t('validation.server', { message })}</p> : null;
}

function GrantForm({ organizationId, onDone }: { organizationId: string; onDone: () => void }) {
  const { t } = useI18n();
  const [subject, setSubject] = useState('');
  const [role, setRole] = useState<Role>('VIEWER');
  const [touched, setTouched] = useState(false);
  const [state, grant] = useMutation(GrantRoleMutation);
  const problem = subject || touched ? problemText(t, requiredText(subject, LIMITS.subject)) : null;
  return (
    <form
      noValidate
      onSubmit={async (event) => {
        event.preventDefault();
        setTouched(true);
        if (requiredText(subject, LIMITS.subject)) return;
        const result = await grant({ input: { subject: subject.trim(), organizationId, role } });
        if (result.data) {
          setSubject('');
          setTouched(false);
          onDone();
        }
      }}
    >
      <TextField
        label={t('access.grants.subject')}
        value={subject}
        onChange={setSubject}
        required
        hint={t('access.grants.subjectHint')}
        error={problem}
        testId="grant-subject"
      />
      <div className="field">
        <label htmlFor="grant-role">{t('access.grants.role')}</label>
        <select
          id="grant-role"
          value={role}
          onChange={(e) => setRole(e.target.value as Role)}
          data-testid="grant-role"
        >
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {t(`role.${r}` as MessageKey)} — {t(`access.roleExplain.${r}` as MessageKey)}
            </option>
          ))}
        </select>
      </div>
      <ErrorMessage error={state.error} />
      <Detail error={state.error} />
      <button type="submit" className="primary" disabled={state.fetching} data-testid="grant-submit">
        {t('access.grants.submit')}
      </button>
    </form>
  );
}

function KeyForm({
  organizationId,
  onCreated,
}: {
  organizationId: string;
  onCreated: (created: { name: string; key: string }) => void;
}) {
  const { t } = useI18n();
  const [name, setName] = useState('');
  const [touched, setTouched] = useState(false);
  const [state, create] = useMutation(CreateApiKeyMutation);
  const problem = name || touched ? problemText(t, requiredText(name, LIMITS.apiKeyName)) : null;
  return (
    <form
      noValidate
      onSubmit={async (event) => {
        event.preventDefault();
        setTouched(true);
        if (requiredText(name, LIMITS.apiKeyName)) return;
        const result = await create({ input: { organizationId, name: name.trim() } });
        if (result.data) {
          onCreated({ name: result.data.createApiKey.apiKey.name, key: result.data.createApiKey.key });
          setName('');
          setTouched(false);
        }
      }}
    >
      <TextField
        label={t('access.keys.name')}
        value={name}
        onChange={setName}
        required
        hint={t('access.keys.nameHint')}
        error={problem}
        testId="api-key-name"
      />
      <ErrorMessage error={state.error} />
      <Detail error={state.error} />
      <button type="submit" className="primary" disabled={state.fetching} data-testid="api-key-create">
        {t('access.keys.create')}
      </button>
    </form>
  );
}

/** `/access/:organizationId`: who may do what on the organization, and its reporting API keys. */
export function AccessPage({ organizationId }: { organizationId: string | undefined }) {
  const { t } = useI18n();
  const [result, refresh] = useQuery({
    query: AccessQuery,
    variables: { id: organizationId ?? '' },
    pause: !organizationId,
  });
  const [revokeRoleState, revokeRole] = useMutation(RevokeRoleMutation);
  const [revokeKeyState, revokeKey] = useMutation(RevokeApiKeyMutation);
  const [secret, setSecret] = useState<{ name: string; key: string } | null>(null);
  const reload = () => refresh({ requestPolicy: 'network-only' });
  const organization = result.data?.organization;
  return (
    <>
      <h1>{organization ? t('access.titleOf', { name: organization.name }) : t('access.title')}</h1>
      <ScopePicker base="/access" current={organization ?? null} />
      {!organizationId ? <p className="muted">{t('access.choose')}</p> : null}
      <ErrorMessage error={result.error} />
      {result.data && !organization ? <p className="notice">{t('error.NOT_FOUND')}</p> : null}
      {organization && result.data ? (
        <>
          <section aria-labelledby="grants-title">
            <h2 id="grants-title">{t('access.grants.title')}</h2>
            <p className="muted">{t('access.grants.explain')}</p>
            <div className="table-scroll">
              <table data-testid="grants-table">
                <thead>
                  <tr>
                    <th scope="col">{t('access.grants.subject')}</th>
                    <th scope="col">{t('access.grants.role')}</th>
                    <th scope="col">{t('people.column.actions')}</th>
                  </tr>
                </thead>
                <tbody>
                  {result.data.roleGrants.map((g) => (
                    <tr key={g.id} data-testid="grant-row" data-subject={g.subject} data-role={g.role}>
                      <th scope="row">{g.subject}</th>
                      <td>{t(`role.${g.role}` as MessageKey)}</td>
                      <td>
                        <ConfirmButton
                          label={t('access.grants.revoke')}
                          question={t('access.grants.revokeQuestion', {
                            subject: g.subject,
                            role: t(`role.${g.role}` as MessageKey),
                          })}
                          disabled={revokeRoleState.fetching}
                          onConfirm={async () => {
                            const r = await revokeRole({ id: g.id });
                            if (!r.error) reload();
                          }}
                          testId="grant-revoke"
                        />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            {result.data.roleGrants.length === 0 ? <p className="muted">{t('access.grants.none')}</p> : null}
            <ErrorMessage error={revokeRoleState.error} />
            <h3>{t('access.grants.add')}</h3>
            <GrantForm organizationId={organization.id} onDone={reload} />
          </section>
          <section aria-labelledby="keys-title">
            <h2 id="keys-title">{t('access.keys.title')}</h2>
            <p className="muted">{t('access.keys.explain')}</p>
            {secret ? (
              <SecretOnce name={secret.name} secret={secret.key} onDismiss={() => setSecret(null)} />
            ) : null}
            <div className="table-scroll">
              <table data-testid="api-keys-table">
                <thead>
                  <tr>
                    <th scope="col">{t('access.keys.name')}</th>
                    <th scope="col">{t('access.keys.createdAt')}</th>
                    <th scope="col">{t('people.column.status')}</th>
                    <th scope="col">{t('people.column.actions')}</th>
                  </tr>
                </thead>
                <tbody>
                  {result.data.apiKeys.map((k) => (
                    <tr
                      key={k.id}
                      data-testid="api-key-row"
                      data-name={k.name}
                      data-revoked={String(!!k.revokedAt)}
                    >
                      <th scope="row">{k.name}</th>
                      <td>{formatDateTime(k.createdAt)}</td>
                      <td>
                        {k.revokedAt
                          ? t('access.keys.revokedAt', { date: formatDateTime(k.revokedAt) })
                          : t('access.keys.active')}
                      </td>
                      <td>
                        {k.revokedAt ? null : (
                          <ConfirmButton
                            label={t('access.keys.revoke')}
                            question={t('access.keys.revokeQuestion', { name: k.name })}
                            disabled={revokeKeyState.fetching}
                            onConfirm={async () => {
                              const r = await revokeKey({ id: k.id });
                              if (!r.error) reload();
                            }}
                            testId="api-key-revoke"
                          />
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            {result.data.apiKeys.length === 0 ? <p className="muted">{t('access.keys.none')}</p> : null}
            <ErrorMessage error={revokeKeyState.error} />
            <h3>{t('access.keys.add')}</h3>
            <KeyForm
              organizationId={organization.id}
              onCreated={(created) => {
                setSecret(created);
                reload();
              }}
            />
          </section>
        </>
      ) : null}
    </>
  );
}
