import { newKey } from '../../../ui/new-key';
import { useId, useMemo, useRef, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { Link, useLocation, useSearch } from 'wouter';
import { useI18n } from '../../../i18n/i18n';
import type { MessageKey } from '../../../i18n/catalogue';
import { ErrorMessage } from '../../../ui/error-message';
import { OrganizationSearchBox } from '../../../ui/organization-search-box';
import { errorCode, fieldProblems } from '../../../ui/server-errors';
import {
  deadlineOf,
  emptyDraft,
  phaseEnd,
  serverProblems,
  toCreateInput,
  validateDraft,
  type CampaignDraft,
  type CriterionTargetValue,
  type Problems,
} from '../campaign-form';
import { DeadlineInput } from '../components/deadline-input';
import { DistinctionRulesText } from '../components/distinction-rules';
import { formatDeadline } from '../deadline';
import { CampaignFormContextQuery, CreateCampaignMutation, ParentCampaignQuery } from '../documents';

const TARGETS: CriterionTargetValue[] = ['COLLECTIVE', 'INDIVIDUAL', 'LEADER'];

function FieldProblem({ id, problem }: { id: string; problem: Problems[string] | undefined }) {
  const { t } = useI18n();
  if (!problem) return null;
  return (
    <span id={id} role="alert" className="error">
      {t(problem.key, problem.params)}
    </span>
  );
}

/** `/campaigns/new?organization=…&parent=…`: a new DRAFT campaign, a child one under `parent`. */
export function CampaignCreatePage() {
  const { t, language } = useI18n();
  const params = new URLSearchParams(useSearch());
  const organizationId = params.get('organization') ?? '';
  const parentId = params.get('parent');
  const [, navigate] = useLocation();
  const [context] = useQuery({ query: CampaignFormContextQuery, variables: { organizationId } });
  const [parent] = useQuery({
    query: ParentCampaignQuery,
    variables: { id: parentId ?? '' },
    pause: !parentId,
  });
  const organization = context.data?.organization;
  const [draft, setDraft] = useState<CampaignDraft | null>(null);
  // A child campaign starts in its parent's year.
  const current = draft ?? {
    ...emptyDraft(organization?.kind),
    ...(parent.data?.campaign ? { year: String(parent.data.campaign.year) } : {}),
  };
  const [attempted, setAttempted] = useState(false);
  const [server, setServer] = useState<Problems>({});
  const [created, create] = useMutation(CreateCampaignMutation);
  const idempotencyKey = useRef(newKey());
  const ids = { title: useId(), kind: useId(), calendar: useId(), year: useId(), endYear: useId() };

  const local = useMemo(() => validateDraft(current), [current]);
  const update = (patch: Partial<CampaignDraft>, fields: string[]) => {
    setDraft({ ...current, ...patch });
    // What the server said about a field goes once the user changes that field.
    setServer((s) =>
      Object.fromEntries(Object.entries(s).filter(([k]) => !fields.some((f) => k.startsWith(f)))),
    );
  };
  const shown = (field: string) => {
    const value = field in local ? local[field] : undefined;
    const touched = attempted || fieldHasText(current, field);
    return server[field] ?? (touched ? value : undefined);
  };

  const submit = async () => {
    setAttempted(true);
    if (Object.keys(local).length > 0) return;
    const result = await create({
      input: { ...toCreateInput(current, organizationId, parentId), idempotencyKey: idempotencyKey.current },
    });
    if (result.data) {
      navigate(`/campaigns/${result.data.createCampaign.id}`);
      return;
    }
    setServer(serverProblems(fieldProblems(result.error)));
    // A refused input created nothing: the corrected one is a new request. After a network error
    // the same key makes the retry safe (the first attempt may have landed).
    if (errorCode(result.error)) idempotencyKey.current = newKey();
  };

  const distinctions = context.data?.distinctions ?? [];
  const nameOf = (d: { nameVi: string; nameEn: string }) => (language === 'en' ? d.nameEn : d.nameVi);
  const yearNumber = Number(current.year);
  const leftover = Object.keys(server).filter((k) => !(k in FIELD_LABELS) && !/^(criteria|quotas)\[/.test(k));

  return (
    <>
      <h1>{parentId ? t('campaigns.create.childTitle') : t('campaigns.create.title')}</h1>
      <p>
        {t('campaigns.create.launcher')}: <strong>{organization?.name ?? '…'}</strong>
      </p>
      {parentId && parent.data?.campaign ? (
        <p className="notice" data-testid="campaign-parent">
          {t('campaigns.create.under', {
            title: parent.data.campaign.title,
            organization: parent.data.campaign.organization.name,
            deadline: formatDeadline(
              parent.data.campaign.escalationDeadline ?? parent.data.campaign.proposalDeadline,
            ),
          })}
        </p>
      ) : null}
      <ErrorMessage error={context.error} />
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <div className="field">
          <label htmlFor={ids.title}>{t('campaigns.field.title')} *</label>
          <input
            id={ids.title}
            type="text"
            value={current.title}
            onChange={(e) => update({ title: e.target.value }, ['title'])}
            aria-invalid={shown('title') ? true : undefined}
            aria-describedby={shown('title') ? `${ids.title}-p` : undefined}
            data-testid="campaign-title"
          />
          <FieldProblem id={`${ids.title}-p`} problem={shown('title')} />
        </div>
        <div className="form-row">
          <div className="field">
            <label htmlFor={ids.kind}>{t('campaigns.field.kind')}</label>
            <select
              id={ids.kind}
              value={current.kind}
              onChange={(e) => update({ kind: e.target.value as CampaignDraft['kind'] }, ['endYear'])}
              data-testid="campaign-kind"
            >
              {(['ANNUAL', 'THEMATIC', 'PHASE'] as const).map((k) => (
                <option key={k} value={k}>
                  {t(`campaigns.kind.${k}`)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={ids.calendar}>{t('campaigns.field.calendar')}</label>
            <select
              id={ids.calendar}
              value={current.calendar}
              onChange={(e) => update({ calendar: e.target.value as CampaignDraft['calendar'] }, [])}
            >
              <option value="SCHOOL_YEAR">{t('campaigns.calendar.SCHOOL_YEAR')}</option>
              <option value="CALENDAR_YEAR">{t('campaigns.calendar.CALENDAR_YEAR')}</option>
            </select>
          </div>
          <div className="field">
            <label htmlFor={ids.year}>{t('campaigns.field.year')} *</label>
            <input
              id={ids.year}
              type="text"
              inputMode="numeric"
              value={current.year}
              onChange={(e) => update({ year: e.target.value }, ['year'])}
              aria-invalid={shown('year') ? true : undefined}
              aria-describedby={shown('year') ? `${ids.year}-p` : undefined}
              data-testid="campaign-year"
            />
            <FieldProblem id={`${ids.year}-p`} problem={shown('year')} />
          </div>
          {current.kind === 'PHASE' ? (
            <div className="field">
              <label htmlFor={ids.endYear}>{t('campaigns.field.endYear')}</label>
              <input
                id={ids.endYear}
                type="text"
                inputMode="numeric"
                value={current.endYear}
                placeholder={Number.isInteger(yearNumber) ? String(phaseEnd(yearNumber)) : ''}
                onChange={(e) => update({ endYear: e.target.value }, ['endYear'])}
                aria-describedby={`${ids.endYear}-hint${shown('endYear') ? ` ${ids.endYear}-p` : ''}`}
                data-testid="campaign-end-year"
              />
              <span id={`${ids.endYear}-hint`} className="muted">
                {t('campaigns.field.endYearHint', {
                  end: Number.isInteger(yearNumber) ? phaseEnd(yearNumber) : '…',
                })}
              </span>
              <FieldProblem id={`${ids.endYear}-p`} problem={shown('endYear')} />
            </div>
          ) : null}
        </div>

        <fieldset className="box">
          <legend>{t('campaigns.section.deadlines')}</legend>
          {(
            [
              ['registration', 'campaigns.field.registration', true],
              ['proposal', 'campaigns.field.proposal', true],
              ['escalation', 'campaigns.field.escalation', false],
            ] as const
          ).map(([field, label, required]) => (
            <DeadlineInput
              key={field}
              label={t(label)}
              required={required}
              value={current[field]}
              onChange={(value) => update({ [field]: value }, [field])}
              parsed={current[field].trim() ? deadlineOf(current, current[field]) : null}
              problem={shown(field)}
              testId={`campaign-${field}`}
            />
          ))}
        </fieldset>

        <fieldset className="box">
          <legend>{t('campaigns.section.criteria')}</legend>
          {current.criteria.length === 0 ? <p className="muted">{t('campaigns.criteria.none')}</p> : null}
          {current.criteria.map((criterion, i) => (
            <div key={criterion.key} className="row-box" data-testid="criterion-row">
              <div className="form-row">
                <div className="field">
                  <label htmlFor={`${criterion.key}-target`}>{t('campaigns.criteria.target')}</label>
                  <select
                    id={`${criterion.key}-target`}
                    value={criterion.target}
                    onChange={(e) =>
                      update(
                        {
                          criteria: current.criteria.map((c, j) =>
                            j === i ? { ...c, target: e.target.value as CriterionTargetValue } : c,
                          ),
                        },
                        [`criteria[${i}]`],
                      )
                    }
                    data-testid="criterion-target"
                  >
                    {TARGETS.map((target) => (
                      <option key={target} value={target}>
                        {t(`campaigns.target.${target}`)}
                      </option>
                    ))}
                  </select>
                </div>
                <div className="field grow">
                  <label htmlFor={`${criterion.key}-text`}>{t('campaigns.criteria.text')} *</label>
                  <textarea
                    id={`${criterion.key}-text`}
                    rows={2}
                    value={criterion.text}
                    onChange={(e) =>
                      update(
                        {
                          criteria: current.criteria.map((c, j) =>
                            j === i ? { ...c, text: e.target.value } : c,
                          ),
                        },
                        [`criteria[${i}]`],
                      )
                    }
                    aria-describedby={shown(`criteria[${i}].text`) ? `${criterion.key}-p` : undefined}
                    data-testid="criterion-text"
                  />
                  <FieldProblem id={`${criterion.key}-p`} problem={shown(`criteria[${i}].text`)} />
                </div>
              </div>
              {criterion.evaluator ? (
                <p>
                  {t('campaigns.criteria.evaluator')}: <strong>{criterion.evaluator.name}</strong>{' '}
                  <button
                    type="button"
                    className="link"
                    onClick={() =>
                      update(
                        {
                          criteria: current.criteria.map((c, j) => (j === i ? { ...c, evaluator: null } : c)),
                        },
                        [`criteria[${i}]`],
                      )
                    }
                  >
                    {t('campaigns.action.clear')}
                  </button>
                </p>
              ) : (
                <OrganizationSearchBox
                  label={t('campaigns.criteria.evaluatorSearch')}
                  hint={t('campaigns.search.hint')}
                  noResults={t('campaigns.search.none')}
                  withinId={organizationId}
                  testId="criterion-evaluator"
                  onPick={(o) =>
                    update(
                      {
                        criteria: current.criteria.map((c, j) =>
                          j === i ? { ...c, evaluator: { id: o.id, name: o.name } } : c,
                        ),
                      },
                      [`criteria[${i}]`],
                    )
                  }
                />
              )}
              <FieldProblem id={`${criterion.key}-e`} problem={server[`criteria[${i}]`]} />
              <button
                type="button"
                className="secondary"
                onClick={() => update({ criteria: current.criteria.filter((_, j) => j !== i) }, ['criteria'])}
              >
                {t('campaigns.criteria.remove', { index: i + 1 })}
              </button>
            </div>
          ))}
          <button
            type="button"
            className="secondary"
            data-testid="criterion-add"
            onClick={() =>
              update(
                {
                  criteria: [
                    ...current.criteria,
                    { key: newKey(), target: 'COLLECTIVE', text: '', evaluator: null },
                  ],
                },
                [],
              )
            }
          >
            {t('campaigns.criteria.add')}
          </button>
        </fieldset>

        <fieldset className="box">
          <legend>{t('campaigns.section.quotas')}</legend>
          {current.quotas.length === 0 ? <p className="muted">{t('campaigns.quotas.none')}</p> : null}
          {current.quotas.map((quota, i) => (
            <div key={quota.key} className="row-box" data-testid="quota-row">
              {quota.owner ? (
                <p>
                  {t(
                    quota.owner.type === 'group' ? 'campaigns.quotas.group' : 'campaigns.quotas.organization',
                  )}
                  : <strong>{quota.owner.name}</strong>
                </p>
              ) : (
                <>
                  <OrganizationSearchBox
                    label={t('campaigns.quotas.organizationSearch')}
                    hint={t('campaigns.search.hint')}
                    noResults={t('campaigns.search.none')}
                    withinId={organizationId}
                    testId="quota-organization"
                    onPick={(o) =>
                      update(
                        {
                          quotas: current.quotas.map((q, j) =>
                            j === i ? { ...q, owner: { type: 'organization', id: o.id, name: o.name } } : q,
                          ),
                        },
                        [`quotas[${i}]`],
                      )
                    }
                  />
                  {(context.data?.emulationGroups.length ?? 0) > 0 ? (
                    <div className="field">
                      <label htmlFor={`${quota.key}-group`}>{t('campaigns.quotas.orGroup')}</label>
                      <select
                        id={`${quota.key}-group`}
                        value=""
                        onChange={(e) => {
                          const group = context.data?.emulationGroups.find((g) => g.id === e.target.value);
                          if (group)
                            update(
                              {
                                quotas: current.quotas.map((q, j) =>
                                  j === i
                                    ? { ...q, owner: { type: 'group', id: group.id, name: group.name } }
                                    : q,
                                ),
                              },
                              [`quotas[${i}]`],
                            );
                        }}
                      >
                        <option value="">—</option>
                        {context.data?.emulationGroups.map((g) => (
                          <option key={g.id} value={g.id}>
                            {g.name}
                          </option>
                        ))}
                      </select>
                    </div>
                  ) : null}
                </>
              )}
              <FieldProblem id={`${quota.key}-o`} problem={shown(`quotas[${i}]`)} />
              <div className="form-row">
                {(['min', 'max'] as const).map((bound) => (
                  <div className="field" key={bound}>
                    <label htmlFor={`${quota.key}-${bound}`}>{t(`campaigns.quotas.${bound}`)}</label>
                    <input
                      id={`${quota.key}-${bound}`}
                      type="text"
                      inputMode="numeric"
                      size={5}
                      value={quota[bound]}
                      onChange={(e) =>
                        update(
                          {
                            quotas: current.quotas.map((q, j) =>
                              j === i ? { ...q, [bound]: e.target.value } : q,
                            ),
                          },
                          [`quotas[${i}]`],
                        )
                      }
                      aria-describedby={
                        shown(`quotas[${i}].${bound}`) ? `${quota.key}-${bound}-p` : undefined
                      }
                      data-testid={`quota-${bound}`}
                    />
                    <FieldProblem id={`${quota.key}-${bound}-p`} problem={shown(`quotas[${i}].${bound}`)} />
                  </div>
                ))}
              </div>
              <button
                type="button"
                className="secondary"
                onClick={() => update({ quotas: current.quotas.filter((_, j) => j !== i) }, ['quotas'])}
              >
                {t('campaigns.quotas.remove', { index: i + 1 })}
              </button>
            </div>
          ))}
          <button
            type="button"
            className="secondary"
            data-testid="quota-add"
            onClick={() =>
              update({ quotas: [...current.quotas, { key: newKey(), owner: null, min: '0', max: '' }] }, [])
            }
          >
            {t('campaigns.quotas.add')}
          </button>
        </fieldset>

        <fieldset className="box">
          <legend>{t('campaigns.section.distinctions')}</legend>
          <p className="muted">{t('campaigns.distinctions.hint')}</p>
          <FieldProblem id="distinctions-p" problem={server.distinctionCodes} />
          <ul className="choice-list">
            {distinctions.map((d) => {
              const checked = current.distinctionCodes.includes(d.code);
              return (
                <li key={d.code}>
                  <label className="plain">
                    <input
                      type="checkbox"
                      checked={checked}
                      value={d.code}
                      data-testid="campaign-distinction"
                      onChange={() =>
                        update(
                          {
                            distinctionCodes: checked
                              ? current.distinctionCodes.filter((c) => c !== d.code)
                              : [...current.distinctionCodes, d.code],
                          },
                          ['distinctionCodes'],
                        )
                      }
                    />{' '}
                    {nameOf(d)}{' '}
                    <span className="muted">
                      ({d.targets.map((x) => t(`campaigns.target.${x}`)).join(', ')} —{' '}
                      {t(`campaigns.level.${d.level}` as MessageKey)})
                    </span>
                  </label>
                  {checked ? <DistinctionRulesText rules={d.rules} /> : null}
                </li>
              );
            })}
          </ul>
        </fieldset>

        {leftover.map((field) => (
          <FieldProblem key={field} id={`${field}-p`} problem={server[field]} />
        ))}
        {created.error && Object.keys(server).length === 0 ? <ErrorMessage error={created.error} /> : null}
        {attempted && Object.keys(local).length > 0 ? (
          <p role="alert" className="error">
            {t('campaigns.create.fix', { count: Object.keys(local).length })}
          </p>
        ) : null}
        <div className="toolbar">
          <button
            type="submit"
            className="primary"
            disabled={created.fetching}
            data-testid="campaign-create-submit"
          >
            {t('campaigns.create.submit')}
          </button>
          <Link href="/campaigns">{t('campaigns.action.cancel')}</Link>
        </div>
      </form>
    </>
  );
}

const FIELD_LABELS: Record<string, true> = {
  title: true,
  year: true,
  endYear: true,
  registration: true,
  proposal: true,
  escalation: true,
  distinctionCodes: true,
};

function fieldHasText(draft: CampaignDraft, field: string): boolean {
  const simple = field as keyof CampaignDraft;
  if (['title', 'year', 'endYear', 'registration', 'proposal', 'escalation'].includes(field))
    return String(draft[simple]).trim() !== '';
  const criterion = /^criteria\[(\d+)\]/.exec(field);
  if (criterion) return (draft.criteria[Number(criterion[1])]?.text.trim() ?? '') !== '';
  const quota = /^quotas\[(\d+)\]\.(min|max)$/.exec(field);
  if (quota) return (draft.quotas[Number(quota[1])]?.[quota[2] as 'min' | 'max'] ?? '') !== '';
  return false;
}
