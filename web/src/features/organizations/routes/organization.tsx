import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { Link } from 'wouter';
import { useI18n } from '../../../i18n/i18n';
import type { MessageKey } from '../../../i18n/catalogue';
import { formatDate, formatDateTime } from '../../../i18n/format';
import { startOfVietnamDay, todayInVietnam } from '../../../ui/dates';
import { ErrorMessage } from '../../../ui/error-message';
import { fieldRefusal, refusedFields, serverMessage } from '../../../ui/server-errors';
import { OrganizationSearch, type FoundOrganization } from '../../../ui/organization-search';
import { TextField } from '../../../ui/text-field';
import { day, LIMITS, organizationCode, problemText, requiredText } from '../../../ui/validation';
import {
  CreateOrganizationMutation,
  MergeOrganizationsMutation,
  MoveOrganizationMutation,
  OrganizationAdminQuery,
} from '../documents';

export const ORG_KINDS = [
  'UNIT',
  'MASS_ORGANIZATION',
  'INSTITUTION',
  'AGENCY',
  'COMMUNE',
  'DISTRICT',
  'PROVINCE',
  'NATION',
] as const;
type OrgKind = (typeof ORG_KINDS)[number];

function ServerDetail({ error }: { error: Parameters<typeof serverMessage>[0] }) {
  const { t } = useI18n();
  const message = serverMessage(error);
  return error && message ? <p className="muted">{t('validation.server', { message })}</p> : null;
}

function CreateChild({ parentId, onCreated }: { parentId: string; onCreated: () => void }) {
  const { t } = useI18n();
  const [code, setCode] = useState('');
  const [name, setName] = useState('');
  const [kind, setKind] = useState<OrgKind>('UNIT');
  const [touched, setTouched] = useState(false);
  const [created, setCreated] = useState<{ id: string; name: string } | null>(null);
  const [state, create] = useMutation(CreateOrganizationMutation);
  const refused = refusedFields(state.error);
  const codeProblem = code || touched ? problemText(t, organizationCode(code)) : null;
  const nameProblem = name || touched ? problemText(t, requiredText(name, LIMITS.organizationName)) : null;
  return (
    <section aria-labelledby="create-child">
      <h2 id="create-child">{t('organizations.create.title')}</h2>
      <form
        noValidate
        onSubmit={async (event) => {
          event.preventDefault();
          setTouched(true);
          if (organizationCode(code) || requiredText(name, LIMITS.organizationName)) return;
          const result = await create({ input: { code, name: name.trim(), kind, parentId } });
          if (result.data) {
            setCreated(result.data.createOrganization);
            setCode('');
            setName('');
            setTouched(false);
            onCreated();
          }
        }}
      >
        <TextField
          label={t('organizations.field.code')}
          value={code}
          onChange={setCode}
          required
          hint={t('organizations.field.codeHint')}
          error={
            codeProblem ??
            (fieldRefusal(state.error, 'code') === 'taken'
              ? t('organizations.create.codeTaken')
              : refused.has('code')
                ? t('validation.code')
                : null)
          }
          testId="org-create-code"
        />
        <TextField
          label={t('organizations.field.name')}
          value={name}
          onChange={setName}
          required
          error={nameProblem ?? (refused.has('name') ? t('validation.invalid') : null)}
          testId="org-create-name"
        />
        <div className="field">
          <label htmlFor="org-create-kind">{t('organizations.field.kind')}</label>
          <select
            id="org-create-kind"
            value={kind}
            onChange={(event) => setKind(event.target.value as OrgKind)}
            data-testid="org-create-kind"
          >
            {ORG_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`organizations.kind.${k}` as MessageKey)}
              </option>
            ))}
          </select>
        </div>
        {refused.size > 0 ? (
          <p role="alert" className="error">
            {t('validation.fixFields')}
          </p>
        ) : (
          <ErrorMessage error={state.error} />
        )}
        <ServerDetail error={state.error} />
        <button type="submit" className="primary" disabled={state.fetching} data-testid="org-create-submit">
          {t('organizations.create.submit')}
        </button>
      </form>
      {created ? (
        <p role="status" className="notice" data-testid="org-created">
          {t('organizations.create.done', { name: created.name })}{' '}
          <Link href={`/organizations/${created.id}`}>{t('organizations.open')}</Link>
        </p>
      ) : null}
    </section>
  );
}

function MoveOrMerge({
  organization,
  mode,
  onDone,
}: {
  organization: { id: string; name: string };
  mode: 'move' | 'merge';
  onDone: () => void;
}) {
  const { t } = useI18n();
  const [target, setTarget] = useState<FoundOrganization | null>(null);
  const [effective, setEffective] = useState(todayInVietnam());
  const [confirmed, setConfirmed] = useState(false);
  const [done, setDone] = useState(false);
  const [moveState, move] = useMutation(MoveOrganizationMutation);
  const [mergeState, merge] = useMutation(MergeOrganizationsMutation);
  const state = mode === 'move' ? moveState : mergeState;
  const dateProblem = problemText(t, day(effective));
  const ready = target !== null && !dateProblem && (mode === 'move' || confirmed);
  const prefix = mode === 'move' ? 'organizations.move' : 'organizations.merge';
  return (
    <section aria-labelledby={`${mode}-title`}>
      <h2 id={`${mode}-title`}>{t(`${prefix}.title` as MessageKey)}</h2>
      <p className="muted">{t(`${prefix}.explain` as MessageKey, { name: organization.name })}</p>
      <form
        noValidate
        onSubmit={async (event) => {
          event.preventDefault();
          const effectiveFrom = startOfVietnamDay(effective);
          if (!target || !effectiveFrom || !ready) return;
          const result =
            mode === 'move'
              ? await move({ id: organization.id, newParentId: target.id, effectiveFrom })
              : await merge({ sourceIds: [organization.id], targetId: target.id, effectiveFrom });
          if (result.data) {
            setDone(true);
            setTarget(null);
            setConfirmed(false);
            onDone();
          }
        }}
      >
        <OrganizationSearch
          label={t(`${prefix}.target` as MessageKey)}
          onPick={(o) => {
            setTarget(o);
            setDone(false);
          }}
          exclude={[organization.id]}
          testId={`${mode}-target`}
        />
        {target ? (
          <p data-testid={`${mode}-chosen`}>
            {t('organizations.chosen', { name: target.name, code: target.code })}
          </p>
        ) : null}
        <TextField
          label={t('organizations.field.effectiveFrom')}
          type="date"
          value={effective}
          onChange={setEffective}
          required
          hint={t('organizations.field.effectiveHint')}
          error={dateProblem}
          testId={`${mode}-date`}
        />
        {mode === 'merge' ? (
          <div className="field">
            <label>
              <input
                type="checkbox"
                checked={confirmed}
                onChange={(event) => setConfirmed(event.target.checked)}
                data-testid="merge-confirm"
              />{' '}
              {t('organizations.merge.confirm', { name: organization.name, target: target?.name ?? '…' })}
            </label>
          </div>
        ) : null}
        <ErrorMessage error={state.error} />
        <ServerDetail error={state.error} />
        <button
          type="submit"
          className="primary"
          disabled={!ready || state.fetching}
          data-testid={`${mode}-submit`}
        >
          {t(`${prefix}.submit` as MessageKey)}
        </button>
      </form>
      {done ? (
        <p role="status" className="notice">
          {t(`${prefix}.done` as MessageKey)}
        </p>
      ) : null}
    </section>
  );
}

/** `/organizations/:id`: one organization's administration (children, moves, mergers, history). */
export function OrganizationAdminPage({ organizationId }: { organizationId: string }) {
  const { t } = useI18n();
  const [result, refresh] = useQuery({ query: OrganizationAdminQuery, variables: { id: organizationId } });
  const organization = result.data?.organization;
  const reload = () => refresh({ requestPolicy: 'network-only' });
  if (result.error) return <ErrorMessage error={result.error} />;
  if (!result.data) return <p>{t('app.loading')}</p>;
  if (!organization) return <p className="notice">{t('error.NOT_FOUND')}</p>;
  return (
    <>
      <nav aria-label={t('dashboard.breadcrumbs')} className="breadcrumbs">
        <ol>
          <li>
            <Link href="/organizations">{t('organizations.tree.title')}</Link>
          </li>
          {organization.ancestors.map((a) => (
            <li key={a.id}>
              <Link href={`/organizations/${a.id}`}>{a.name}</Link>
            </li>
          ))}
        </ol>
      </nav>
      <h1>{organization.name}</h1>
      <p className="muted">
        {organization.code} · {t(`organizations.kind.${organization.kind}` as MessageKey)}
        {organization.dissolvedAt
          ? ` · ${t('organizations.dissolved', { date: formatDate(organization.dissolvedAt) })}`
          : ''}
        {organization.mergedInto ? ` → ${organization.mergedInto.name}` : ''}
      </p>
      <ul className="toolbar actions">
        <li>
          <Link href={`/o/${organization.id}`}>{t('organizations.tree.dashboard')}</Link>
        </li>
        <li>
          <Link href={`/people/${organization.id}`}>{t('organizations.links.people')}</Link>
        </li>
        <li>
          <Link href={`/access/${organization.id}`}>{t('organizations.links.access')}</Link>
        </li>
        <li>
          <Link href={`/groups/${organization.id}`}>{t('organizations.links.groups')}</Link>
        </li>
      </ul>
      {organization.dissolvedAt ? null : (
        <>
          <CreateChild parentId={organization.id} onCreated={reload} />
          <MoveOrMerge organization={organization} mode="move" onDone={reload} />
          <MoveOrMerge organization={organization} mode="merge" onDone={reload} />
        </>
      )}
      <section aria-labelledby="history-title">
        <h2 id="history-title">{t('organizations.history.title')}</h2>
        <div className="table-scroll">
          <table data-testid="org-history">
            <thead>
              <tr>
                <th scope="col">{t('organizations.history.effectiveFrom')}</th>
                <th scope="col">{t('organizations.history.change')}</th>
                <th scope="col">{t('organizations.history.status')}</th>
                <th scope="col">{t('organizations.history.recorded')}</th>
              </tr>
            </thead>
            <tbody>
              {organization.history.map((change) => (
                <tr key={change.id} data-testid="org-history-row" data-kind={change.kind}>
                  <td>{formatDate(change.effectiveFrom)}</td>
                  <td>
                    {t(`organizations.change.${change.kind}` as MessageKey, {
                      from: change.fromParent?.name ?? '—',
                      to: change.toParent?.name ?? '—',
                      related: change.relatedOrganization?.name ?? '—',
                    })}
                  </td>
                  <td>{t(`organizations.changeStatus.${change.status}` as MessageKey)}</td>
                  <td>
                    {formatDateTime(change.recordedAt)}
                    {change.recordedBy ? ` · ${change.recordedBy}` : ''}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
    </>
  );
}
