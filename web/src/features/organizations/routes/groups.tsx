import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { useI18n } from '../../../i18n/i18n';
import type { MessageKey } from '../../../i18n/catalogue';
import { ErrorMessage } from '../../../ui/error-message';
import { serverMessage } from '../../../ui/server-errors';
import { ScopePicker } from '../../../ui/my-organizations';
import type { FoundOrganization } from '../../../ui/organization-search';
import { TextField } from '../../../ui/text-field';
import { LIMITS, problemText, requiredText } from '../../../ui/validation';
import { MemberEditor } from '../components/member-editor';
import {
  CreateEmulationGroupMutation,
  EmulationGroupsQuery,
  UpdateEmulationGroupMutation,
} from '../documents';

const GROUP_KINDS = ['BLOCK', 'CLUSTER'] as const;

interface Group {
  id: string;
  name: string;
  kind: string;
  members: FoundOrganization[];
}

function Detail({ error }: { error: Parameters<typeof serverMessage>[0] }) {
  const { t } = useI18n();
  const message = serverMessage(error);
  return error && message ? <p className="muted">{t('validation.server', { message })}</p> : null;
}

function CreateGroup({ ownerId, onCreated }: { ownerId: string; onCreated: () => void }) {
  const { t } = useI18n();
  const [name, setName] = useState('');
  const [kind, setKind] = useState<(typeof GROUP_KINDS)[number]>('CLUSTER');
  const [members, setMembers] = useState<FoundOrganization[]>([]);
  const [touched, setTouched] = useState(false);
  const [state, create] = useMutation(CreateEmulationGroupMutation);
  const nameProblem = name || touched ? problemText(t, requiredText(name, LIMITS.groupName)) : null;
  return (
    <section aria-labelledby="group-create">
      <h2 id="group-create">{t('organizations.groups.create')}</h2>
      <form
        noValidate
        onSubmit={async (event) => {
          event.preventDefault();
          setTouched(true);
          if (requiredText(name, LIMITS.groupName)) return;
          const result = await create({
            input: { ownerId, name: name.trim(), kind, memberIds: members.map((m) => m.id) },
          });
          if (result.data) {
            setName('');
            setMembers([]);
            setTouched(false);
            onCreated();
          }
        }}
      >
        <TextField
          label={t('organizations.groups.name')}
          value={name}
          onChange={setName}
          required
          error={nameProblem}
          testId="group-name"
        />
        <div className="field">
          <label htmlFor="group-kind">{t('organizations.groups.kind')}</label>
          <select
            id="group-kind"
            value={kind}
            onChange={(event) => setKind(event.target.value as (typeof GROUP_KINDS)[number])}
          >
            {GROUP_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`organizations.groupKind.${k}` as MessageKey)}
              </option>
            ))}
          </select>
        </div>
        <MemberEditor ownerId={ownerId} members={members} onChange={setMembers} testId="group-create" />
        <ErrorMessage error={state.error} />
        <Detail error={state.error} />
        <button type="submit" className="primary" disabled={state.fetching} data-testid="group-create-submit">
          {t('organizations.groups.createSubmit')}
        </button>
      </form>
    </section>
  );
}

function EditGroup({ group, ownerId, onClose }: { group: Group; ownerId: string; onClose: () => void }) {
  const { t } = useI18n();
  const [name, setName] = useState(group.name);
  const [members, setMembers] = useState<FoundOrganization[]>(group.members);
  const [state, update] = useMutation(UpdateEmulationGroupMutation);
  const nameProblem = problemText(t, requiredText(name, LIMITS.groupName));
  return (
    <form
      noValidate
      className="panel"
      aria-label={t('organizations.groups.editing', { name: group.name })}
      onSubmit={async (event) => {
        event.preventDefault();
        if (nameProblem) return;
        const result = await update({
          id: group.id,
          name: name.trim() === group.name ? null : name.trim(),
          memberIds: members.map((m) => m.id),
        });
        if (result.data) onClose();
      }}
    >
      <TextField
        label={t('organizations.groups.name')}
        value={name}
        onChange={setName}
        required
        error={nameProblem}
        testId="group-edit-name"
      />
      <MemberEditor ownerId={ownerId} members={members} onChange={setMembers} testId="group-edit" />
      <ErrorMessage error={state.error} />
      <Detail error={state.error} />
      <button type="submit" className="primary" disabled={state.fetching} data-testid="group-edit-submit">
        {t('organizations.groups.save')}
      </button>{' '}
      <button type="button" className="secondary" onClick={onClose}>
        {t('organizations.cancel')}
      </button>
    </form>
  );
}

/** `/groups/:ownerId`: the blocks and clusters an organization defines, and their members. */
export function GroupsPage({ ownerId }: { ownerId: string | undefined }) {
  const { t } = useI18n();
  const [result, refresh] = useQuery({
    query: EmulationGroupsQuery,
    variables: { ownerId: ownerId ?? '' },
    pause: !ownerId,
  });
  const [editing, setEditing] = useState<string | null>(null);
  const owner = result.data?.organization;
  const groups = result.data?.emulationGroups ?? [];
  return (
    <>
      <h1>{t('organizations.groups.title')}</h1>
      <ScopePicker base="/groups" current={owner ?? null} />
      {ownerId ? (
        <>
          <ErrorMessage error={result.error} />
          {result.data && !owner ? <p className="notice">{t('error.NOT_FOUND')}</p> : null}
          {owner ? (
            <>
              <section aria-labelledby="groups-list">
                <h2 id="groups-list">{t('organizations.groups.list', { name: owner.name })}</h2>
                {groups.length === 0 ? <p className="muted">{t('organizations.groups.none')}</p> : null}
                <ul className="groups">
                  {groups.map((g) => (
                    <li key={g.id} data-testid="group-row" data-group-id={g.id}>
                      <h3>
                        {g.name}{' '}
                        <span className="muted">
                          ({t(`organizations.groupKind.${g.kind}` as MessageKey)})
                        </span>
                      </h3>
                      {editing === g.id ? (
                        <EditGroup
                          group={g}
                          ownerId={owner.id}
                          onClose={() => {
                            setEditing(null);
                            refresh({ requestPolicy: 'network-only' });
                          }}
                        />
                      ) : (
                        <>
                          <p data-testid="group-members">
                            {g.members.length === 0
                              ? t('organizations.groups.noMembers')
                              : g.members.map((m) => m.name).join(', ')}
                          </p>
                          <button
                            type="button"
                            className="secondary"
                            onClick={() => setEditing(g.id)}
                            data-testid="group-edit"
                          >
                            {t('organizations.groups.edit', { name: g.name })}
                          </button>
                        </>
                      )}
                    </li>
                  ))}
                </ul>
              </section>
              <CreateGroup ownerId={owner.id} onCreated={() => refresh({ requestPolicy: 'network-only' })} />
            </>
          ) : null}
        </>
      ) : (
        <p className="muted">{t('organizations.groups.choose')}</p>
      )}
    </>
  );
}
