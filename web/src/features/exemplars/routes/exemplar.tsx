import { useMemo, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { Link } from 'wouter';
import { formatDate, formatDateTime } from '../../../i18n/format';
import { useI18n } from '../../../i18n/i18n';
import { ErrorMessage } from '../../../ui/error-message';
import { EvaluationForm, type EvaluationDraft } from '../components/evaluation-form';
import { PathwayList } from '../components/pathway-list';
import { draftOf, PlanForm, type PlanInput } from '../components/plan-form';
import { RatingsChart } from '../components/ratings-chart';
import {
  CompleteFosteringActionMutation,
  DistinctionsForPlanQuery,
  ExemplarAdoptionsQuery,
  ExemplarEvaluationsQuery,
  ExemplarPageQuery,
  PlanUnitsQuery,
  RecordEvaluationMutation,
  SetFosteringPlanMutation,
} from '../documents/exemplar';
import { fosteringHref } from '../paths';
import { currentPeriod } from '../periods';

/** An exemplar: its fostering plan, evaluations over time, adoptions and pathway. */
export function ExemplarPage({ exemplarId }: { exemplarId: string }) {
  const { t, language } = useI18n();
  const [result, refetchMain] = useQuery({ query: ExemplarPageQuery, variables: { id: exemplarId } });
  const [evaluationsResult, refetchEvaluations] = useQuery({
    query: ExemplarEvaluationsQuery,
    variables: { id: exemplarId },
  });
  const [adoptionsResult, refetchAdoptions] = useQuery({
    query: ExemplarAdoptionsQuery,
    variables: { id: exemplarId },
  });
  const exemplar = result.data?.exemplar;
  const refetch = (options: { requestPolicy: 'network-only' }) => {
    refetchMain(options);
    refetchEvaluations(options);
    refetchAdoptions(options);
  };
  const target = exemplar?.nominee.__typename === 'Organization' ? 'COLLECTIVE' : 'INDIVIDUAL';
  const [distinctions] = useQuery({
    query: DistinctionsForPlanQuery,
    variables: { target },
    pause: !exemplar,
  });
  const [unitsResult] = useQuery({
    query: PlanUnitsQuery,
    variables: { organizationId: exemplar?.organization.id ?? '' },
    pause: !exemplar,
  });
  const [planState, setPlan] = useMutation(SetFosteringPlanMutation);
  const [, complete] = useMutation(CompleteFosteringActionMutation);
  const [evaluationState, recordEvaluation] = useMutation(RecordEvaluationMutation);
  const [editing, setEditing] = useState(false);
  const [planSaved, setPlanSaved] = useState(false);
  const [recorded, setRecorded] = useState<string | null>(null);
  const [formKey, setFormKey] = useState(0);

  const evaluations = useMemo(
    () => evaluationsResult.data?.exemplar?.evaluations.edges.map((e) => e.node) ?? [],
    [evaluationsResult.data],
  );
  const extra = adoptionsResult.data?.exemplar;
  const distinctionOptions = (distinctions.data?.distinctions ?? []).map((d) => ({
    code: d.code,
    name: language === 'en' ? d.nameEn : d.nameVi,
  }));

  if (result.error) return <ErrorMessage error={result.error} />;
  if (!result.data) return <p>{t('app.loading')}</p>;
  if (!exemplar) return <p className="notice">{t('exemplars.page.notFound')}</p>;

  const nomineeName =
    exemplar.nominee.__typename === 'Person' ? exemplar.nominee.fullName : exemplar.nominee.name;
  const plan = exemplar.plan;
  const units = [
    { id: exemplar.organization.id, name: exemplar.organization.name },
    ...(unitsResult.data?.organization?.children.edges.map((e) => e.node) ?? []),
  ];

  const savePlan = async (input: PlanInput) => {
    setPlanSaved(false);
    const res = await setPlan({ exemplarId, plan: input });
    if (!res.error) {
      setEditing(false);
      setPlanSaved(true);
      refetch({ requestPolicy: 'network-only' });
    }
  };
  const saveEvaluation = async (draft: EvaluationDraft) => {
    setRecorded(null);
    const res = await recordEvaluation({
      exemplarId,
      evaluation: {
        period: draft.period,
        effect: draft.effect,
        influence: draft.influence,
        potential: draft.potential,
        difficulties: draft.difficulties.trim() || null,
        support: draft.support.trim() || null,
      },
    });
    if (!res.error) {
      setRecorded(draft.period);
      setFormKey((k) => k + 1);
      refetch({ requestPolicy: 'network-only' });
    }
  };

  return (
    <>
      <p>
        <Link href={fosteringHref(exemplar.organization.id)}>{t('exemplars.back')}</Link>
      </p>
      <h1>{exemplar.title}</h1>
      <p>
        {t('exemplars.page.nominee', { name: nomineeName })}
        <br />
        {t('exemplars.page.fosteredBy', { name: exemplar.organization.name })}
        {exemplar.field ? (
          <>
            <br />
            {t('exemplars.page.field', { field: exemplar.field })}
          </>
        ) : null}
      </p>
      {exemplar.published ? <p className="notice">{t('exemplars.page.published')}</p> : null}
      {exemplar.nextEvaluationDue ? (
        <p data-testid="next-evaluation-due">
          {t('exemplars.page.nextDue', { date: formatDate(exemplar.nextEvaluationDue) })}
        </p>
      ) : null}

      <section aria-labelledby="plan-heading">
        <h2 id="plan-heading">{t('exemplars.plan.title')}</h2>
        {planSaved ? (
          <p role="status" className="notice">
            {t('exemplars.plan.saved')}
          </p>
        ) : null}
        {editing ? (
          <PlanForm
            initial={draftOf(plan)}
            distinctions={distinctionOptions}
            units={units}
            saving={planState.fetching}
            error={planState.error}
            onSave={(input) => void savePlan(input)}
            onCancel={() => setEditing(false)}
          />
        ) : (
          <>
            {plan ? (
              <div data-testid="plan-view">
                <p>
                  <strong>{t('exemplars.plan.goals')}:</strong> {plan.goals}
                </p>
                <p>
                  <strong>{t('exemplars.plan.target')}:</strong>{' '}
                  {plan.targetDistinction
                    ? language === 'en'
                      ? plan.targetDistinction.nameEn
                      : plan.targetDistinction.nameVi
                    : t('exemplars.plan.targetNone')}
                  {plan.targetYear ? ` — ${t('exemplars.plan.targetYear')} ${plan.targetYear}` : ''}
                </p>
                <p>
                  <strong>{t('exemplars.plan.period')}:</strong>{' '}
                  {t(`exemplars.period.${plan.evaluationPeriod}`)}
                </p>
                {plan.actions.length > 0 ? (
                  <table>
                    <caption className="visually-hidden">{t('exemplars.plan.actions')}</caption>
                    <thead>
                      <tr>
                        <th scope="col">{t('exemplars.plan.col.text')}</th>
                        <th scope="col">{t('exemplars.plan.col.responsible')}</th>
                        <th scope="col">{t('exemplars.plan.col.due')}</th>
                        <th scope="col">{t('exemplars.plan.col.done')}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {plan.actions.map((a) => (
                        <tr key={a.id} data-testid="plan-action-row">
                          <td>{a.text}</td>
                          <td>{a.responsible?.name ?? t('exemplars.plan.responsibleNone')}</td>
                          <td>{formatDate(a.dueAt)}</td>
                          <td>
                            {a.doneAt ? (
                              formatDateTime(a.doneAt)
                            ) : (
                              <button
                                type="button"
                                className="secondary"
                                onClick={() =>
                                  void complete({ id: a.id }).then(() =>
                                    refetch({ requestPolicy: 'network-only' }),
                                  )
                                }
                              >
                                {t('exemplars.plan.markDone', { text: a.text })}
                              </button>
                            )}
                          </td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                ) : null}
              </div>
            ) : (
              <p>{t('exemplars.plan.none')}</p>
            )}
            <button
              type="button"
              className="primary"
              onClick={() => {
                setPlanSaved(false);
                setEditing(true);
              }}
              data-testid="plan-edit"
            >
              {plan ? t('exemplars.plan.edit') : t('exemplars.plan.create')}
            </button>
          </>
        )}
      </section>

      <section aria-labelledby="evaluations-heading">
        <h2 id="evaluations-heading">{t('exemplars.eval.title')}</h2>
        <ErrorMessage error={evaluationsResult.error} />
        {evaluations.length === 0 ? (
          <p>{t('exemplars.eval.none')}</p>
        ) : (
          <>
            <RatingsChart periods={evaluations} />
            <table>
              <caption className="visually-hidden">{t('exemplars.eval.title')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('exemplars.eval.period')}</th>
                  <th scope="col">{t('exemplars.eval.effect')}</th>
                  <th scope="col">{t('exemplars.eval.influence')}</th>
                  <th scope="col">{t('exemplars.eval.potential')}</th>
                  <th scope="col">{t('exemplars.eval.difficulties')}</th>
                  <th scope="col">{t('exemplars.eval.support')}</th>
                  <th scope="col">{t('exemplars.eval.at')}</th>
                </tr>
              </thead>
              <tbody>
                {evaluations.map((v) => (
                  <tr key={v.id} data-testid="evaluation-row" data-period={v.period}>
                    <th scope="row">{v.period}</th>
                    <td>{t(`exemplars.rating.${v.effect}`)}</td>
                    <td>{t(`exemplars.rating.${v.influence}`)}</td>
                    <td>{t(`exemplars.rating.${v.potential}`)}</td>
                    <td>{v.difficulties ?? ''}</td>
                    <td>{v.support ?? ''}</td>
                    <td>
                      {formatDate(v.at)} <span className="muted">({v.by})</span>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </>
        )}
        <h3>{t('exemplars.eval.record')}</h3>
        {recorded ? (
          <p role="status" className="notice">
            {t('exemplars.eval.recorded', { period: recorded })}
          </p>
        ) : null}
        <EvaluationForm
          key={formKey}
          defaultPeriod={currentPeriod(plan?.evaluationPeriod ?? 'QUARTER')}
          saving={evaluationState.fetching}
          error={evaluationState.error}
          onSave={(draft) => void saveEvaluation(draft)}
        />
      </section>

      <section aria-labelledby="adoptions-heading">
        <h2 id="adoptions-heading">{t('exemplars.adoptions.title')}</h2>
        <ErrorMessage error={adoptionsResult.error} />
        {!extra ? null : extra.adoptions.length === 0 ? (
          <p>{t('exemplars.adoptions.none')}</p>
        ) : (
          <table>
            <thead>
              <tr>
                <th scope="col">{t('exemplars.adoptions.adopter')}</th>
                <th scope="col">{t('exemplars.adoptions.kind')}</th>
                <th scope="col">{t('exemplars.adoptions.at')}</th>
                <th scope="col">{t('exemplars.adoptions.outcome')}</th>
              </tr>
            </thead>
            <tbody>
              {extra.adoptions.map((a) => (
                <tr key={a.id} data-testid="adoption-row" data-adopter-id={a.adopter.id}>
                  <td>{a.adopter.name}</td>
                  <td>{t(`exemplars.kind.${a.kind}`)}</td>
                  <td>{formatDate(a.at)}</td>
                  <td>{a.outcome ?? ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      <section aria-labelledby="pathway-heading">
        <h2 id="pathway-heading">{t('exemplars.pathway.title')}</h2>
        {extra ? <PathwayList steps={extra.pathway} /> : null}
      </section>
    </>
  );
}
