import { useState } from 'react';
import { useMutation } from 'urql';
import type { CampaignQuery as CampaignResult } from '../../../gql/graphql';
import { useI18n } from '../../../i18n/i18n';
import { ErrorMessage } from '../../../ui/error-message';
import { fieldProblems } from '../../../ui/server-errors';
import { serverProblems, type Problems } from '../campaign-form';
import { formatDeadline, parseDeadline, vietnamParts } from '../deadline';
import { UpdateCampaignMutation } from '../documents';
import { DeadlineInput } from './deadline-input';

type Stage = 'registration' | 'proposal' | 'escalation';
const FIELD: Record<Stage, 'registrationDeadline' | 'proposalDeadline' | 'escalationDeadline'> = {
  registration: 'registrationDeadline',
  proposal: 'proposalDeadline',
  escalation: 'escalationDeadline',
};

/** A campaign's deadlines, and (`canEdit`) the form that extends them; `onSaved` once saved. */
export function CampaignDeadlines({
  campaign,
  canEdit,
  onSaved,
}: {
  campaign: NonNullable<CampaignResult['campaign']>;
  canEdit: boolean;
  onSaved: () => void;
}) {
  const { t } = useI18n();
  const [updated, update] = useMutation(UpdateCampaignMutation);
  const [editing, setEditing] = useState<Record<Stage, string> | null>(null);
  const [server, setServer] = useState<Problems>({});
  const defaultYear = (stage: Stage) => () => {
    const at = campaign[FIELD[stage]];
    return at ? vietnamParts(at).year : campaign.year;
  };
  const parsed = (stage: Stage) => {
    const text = editing?.[stage] ?? '';
    return text.trim() ? parseDeadline(text, defaultYear(stage)) : null;
  };

  const saveDeadlines = async () => {
    if (!editing) return;
    const input: Partial<Record<(typeof FIELD)[Stage], string>> = {};
    for (const stage of ['registration', 'proposal', 'escalation'] as const) {
      const p = parsed(stage);
      if (p && !p.ok) return;
      if (p?.ok && p.iso !== campaign[FIELD[stage]]) input[FIELD[stage]] = p.iso;
    }
    const answer = await update({ id: campaign.id, input });
    if (answer.data) {
      setEditing(null);
      setServer({});
      onSaved();
    } else setServer(serverProblems(fieldProblems(answer.error)));
  };

  return (
    <>
      <h2>{t('campaigns.section.deadlines')}</h2>
      {editing ? (
        <form
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            void saveDeadlines();
          }}
        >
          {(['registration', 'proposal', 'escalation'] as const).map((stage) => {
            const p = parsed(stage);
            return (
              <DeadlineInput
                key={stage}
                label={t(`campaigns.field.${stage}`)}
                value={editing[stage]}
                onChange={(value) => {
                  setEditing({ ...editing, [stage]: value });
                  setServer((s) => ({ ...s, [stage]: undefined }) as Problems);
                }}
                parsed={p}
                problem={
                  server[stage] ??
                  (p && !p.ok
                    ? {
                        key:
                          p.problem === 'hour'
                            ? 'campaigns.problem.deadlineHour'
                            : 'campaigns.problem.deadlineFormat',
                      }
                    : undefined)
                }
                testId={`extend-${stage}`}
              />
            );
          })}
          {updated.error && Object.keys(server).length === 0 ? <ErrorMessage error={updated.error} /> : null}
          <div className="toolbar">
            <button type="submit" className="primary" data-testid="extend-save" disabled={updated.fetching}>
              {t('campaigns.action.saveDeadlines')}
            </button>
            <button type="button" className="secondary" onClick={() => setEditing(null)}>
              {t('campaigns.action.cancel')}
            </button>
          </div>
        </form>
      ) : (
        <>
          <table className="compact">
            <caption className="visually-hidden">{t('campaigns.section.deadlines')}</caption>
            <tbody>
              {(['registration', 'proposal', 'escalation'] as const).map((stage) => (
                <tr key={stage}>
                  <th scope="row">{t(`campaigns.field.${stage}`)}</th>
                  <td data-testid={`campaign-${stage}-deadline`}>
                    {formatDeadline(campaign[FIELD[stage]]) || '—'}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {canEdit ? (
            <button
              type="button"
              className="secondary"
              data-testid="campaign-extend"
              onClick={() =>
                setEditing({
                  registration: formatDeadline(campaign.registrationDeadline),
                  proposal: formatDeadline(campaign.proposalDeadline),
                  escalation: formatDeadline(campaign.escalationDeadline),
                })
              }
            >
              {t('campaigns.action.extend')}
            </button>
          ) : null}
        </>
      )}
    </>
  );
}
