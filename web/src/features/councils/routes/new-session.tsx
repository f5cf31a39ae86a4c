import type { CombinedError } from '@urql/core';
import { useId, useMemo, useState, type FormEvent } from 'react';
import { useClient, useQuery } from 'urql';
import { Link, useLocation } from 'wouter';
import { useI18n } from '../../../i18n/i18n';
import { ErrorMessage } from '../../../ui/error-message';
import { FieldError } from '../components/field-error';
import { useAllPages } from '../../../ui/all-pages';
import {
  CatalogueVotesQuery,
  CouncilPageQuery,
  CreateVotingSessionMutation,
  SlateCandidatesQuery,
} from '../documents';
import {
  EMPTY_RULE,
  prefillRule,
  ruleInput,
  ruleProblems,
  type CatalogueVote,
  type RuleForm,
  type VoteBase,
  type VoteComparison,
} from '../rule';
import { serverFields } from '../server-errors';
import { slateCandidates, slateOrder } from '../slate';

/** A voting session for a council: the slate from what waits for it, the rule from the catalogue. */
export function NewSessionPage({ councilId }: { councilId: string }) {
  const { t } = useI18n();
  const [page] = useQuery({ query: CouncilPageQuery, variables: { id: councilId } });
  const council = page.data?.council;
  if (page.error && !page.data) return <ErrorMessage error={page.error} />;
  if (!page.data) return <p>{t('app.loading')}</p>;
  if (!council)
    return (
      <p role="alert" className="error">
        {t('error.NOT_FOUND')}
      </p>
    );
  const org = council.organization;
  // The catalogue's version of a province or an agency applies below it (Distinction.rules).
  const issuer = [org, ...[...org.ancestors].reverse()].find(
    (o) => o.kind === 'PROVINCE' || o.kind === 'AGENCY',
  );
  return (
    <SessionForm
      council={{ id: council.id, name: council.name, organization: org }}
      issuerId={issuer?.id ?? null}
    />
  );
}

type Field = 'title' | 'slate' | 'threshold' | 'quorum';

function SessionForm({
  council,
  issuerId,
}: {
  council: { id: string; name: string; organization: { id: string; name: string } };
  issuerId: string | null;
}) {
  const { t, language } = useI18n();
  const client = useClient();
  const [, navigate] = useLocation();
  const ids = useId();
  const candidates = useAllPages(async (after) => {
    const result = await client
      .query(
        SlateCandidatesQuery,
        { organizationId: council.organization.id, after },
        { requestPolicy: 'network-only' },
      )
      .toPromise();
    const page = result.data?.nominations;
    if (!page) return result.error!;
    return { nodes: page.edges.map((e) => e.node), ...page.pageInfo };
  }, council.organization.id);
  const [votes] = useQuery({ query: CatalogueVotesQuery, variables: { issuerId } });
  const [title, setTitle] = useState(() => t('councils.session.defaultName', { council: council.name }));
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  const [edited, setEdited] = useState<RuleForm | null>(null);
  const [touched, setTouched] = useState<ReadonlySet<Field>>(new Set());
  const [sending, setSending] = useState(false);
  const [error, setError] = useState<CombinedError | null>(null);

  const groups = useMemo(
    () => slateCandidates(candidates.nodes ?? [], council.organization.id),
    [candidates.nodes, council.organization.id],
  );
  const catalogue = useMemo(
    () =>
      new Map<string, CatalogueVote | null>(
        (votes.data?.distinctions ?? []).map((d) => [d.code, d.rules?.vote ?? null]),
      ),
    [votes.data],
  );
  const slate = slateOrder(groups, chosen);
  const codes = groups
    .flatMap((g) => g.nominations)
    .filter((n) => chosen.has(n.id))
    .map((n) => n.distinction.code);
  const prefill = prefillRule(codes, catalogue);
  const rule = edited ?? prefill?.form ?? EMPTY_RULE;

  const problems = ruleProblems(rule);
  const local: Partial<Record<Field, string>> = {
    title: title.trim() ? undefined : t('councils.problem.title.empty'),
    slate:
      slate.length === 0
        ? t('councils.problem.slate.empty')
        : slate.length > 500
          ? t('councils.problem.slate.many')
          : undefined,
    threshold: problems.threshold ? t(`councils.problem.${problems.threshold}`) : undefined,
    quorum: problems.quorum ? t(`councils.problem.${problems.quorum}`) : undefined,
  };
  const server = serverFields(error, ['title', 'nominationIds', 'threshold', 'quorum', 'base']);
  const message = (field: Field): string | null => {
    if (touched.has(field) && local[field]) return local[field]!;
    if (field === 'slate' && server.has('nominationIds')) return t('councils.server.nominationIds');
    if (field === 'title' && server.has('title')) return t('councils.server.title');
    if (field === 'threshold' && (server.has('threshold') || server.has('base')))
      return t('councils.server.threshold');
    if (field === 'quorum' && server.has('quorum')) return t('councils.server.quorum');
    return null;
  };
  const touch = (field: Field) => setTouched((s) => new Set([...s, field]));
  const edit = (patch: Partial<RuleForm>, field: Field) => {
    setEdited({ ...rule, ...patch });
    touch(field);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setTouched(new Set<Field>(['title', 'slate', 'threshold', 'quorum']));
    if (Object.values(local).some(Boolean) || sending) return;
    setSending(true);
    setError(null);
    const result = await client
      .mutation(CreateVotingSessionMutation, {
        input: {
          councilId: council.id,
          title: title.trim(),
          nominationIds: slate,
          // Untouched, the catalogue's rule is left to the server, which records its legal source.
          ...(edited || !prefill ? ruleInput(rule) : { quorum: ruleInput(rule).quorum }),
        },
      })
      .toPromise();
    setSending(false);
    if (result.data?.createVotingSession)
      navigate(`/sessions/${encodeURIComponent(result.data.createVotingSession.id)}`);
    else if (result.error) {
      setError(result.error);
      // A nomination moved on meanwhile: show the slate as it is now, keep the rest as typed.
      if (serverFields(result.error, ['nominationIds']).size > 0) candidates.reload();
    }
  };

  const distinctionName = (d: { nameVi: string; nameEn: string }) =>
    language === 'en' ? d.nameEn : d.nameVi;
  const described = (field: Field) => (message(field) ? `${ids}-${field}-error` : undefined);
  const fraction = (
    field: 'threshold' | 'quorum',
    numerator: keyof RuleForm,
    denominator: keyof RuleForm,
  ) => (
    <div className="toolbar">
      <label htmlFor={`${ids}-${field}-n`} className="visually-hidden">
        {t(
          field === 'threshold' ? 'councils.session.thresholdNumerator' : 'councils.session.quorumNumerator',
        )}
      </label>
      <input
        id={`${ids}-${field}-n`}
        className="narrow"
        inputMode="numeric"
        value={rule[numerator]}
        aria-invalid={Boolean(message(field))}
        aria-describedby={described(field)}
        data-testid={`rule-${field}-numerator`}
        onChange={(e) => edit({ [numerator]: e.target.value }, field)}
      />
      <span aria-hidden="true">/</span>
      <label htmlFor={`${ids}-${field}-d`} className="visually-hidden">
        {t(
          field === 'threshold'
            ? 'councils.session.thresholdDenominator'
            : 'councils.session.quorumDenominator',
        )}
      </label>
      <input
        id={`${ids}-${field}-d`}
        className="narrow"
        inputMode="numeric"
        value={rule[denominator]}
        aria-invalid={Boolean(message(field))}
        aria-describedby={described(field)}
        data-testid={`rule-${field}-denominator`}
        onChange={(e) => edit({ [denominator]: e.target.value }, field)}
      />
    </div>
  );

  return (
    <>
      <p>
        <Link href={`/councils/${encodeURIComponent(council.id)}`}>{council.name}</Link>
      </p>
      <h1>{t('councils.session.title', { council: council.name })}</h1>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <div className="field">
          <label htmlFor={`${ids}-title`}>{t('councils.session.name')}</label>
          <input
            id={`${ids}-title`}
            type="text"
            value={title}
            aria-invalid={Boolean(message('title'))}
            aria-describedby={described('title')}
            data-testid="session-title"
            onChange={(e) => {
              setTitle(e.target.value);
              touch('title');
            }}
          />
          <FieldError id={`${ids}-title-error`} text={message('title')} />
        </div>

        <fieldset aria-describedby={`${ids}-slate-hint ${described('slate') ?? ''}`.trim()}>
          <legend>{t('councils.session.slate')}</legend>
          <p id={`${ids}-slate-hint`} className="muted">
            {t('councils.session.slateHint', { organization: council.organization.name })}
          </p>
          <ErrorMessage error={candidates.error ?? votes.error} />
          {!candidates.nodes && !candidates.error ? <p>{t('app.loading')}</p> : null}
          {candidates.nodes && groups.length === 0 ? (
            <p className="notice">{t('councils.session.noCandidates')}</p>
          ) : null}
          {groups.map((group) => (
            <div key={group.campaign.id} className="table-scroll">
              <table data-testid="slate-campaign" data-campaign-id={group.campaign.id}>
                <caption>
                  {t('councils.session.campaign', { title: group.campaign.title, year: group.campaign.year })}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">{t('councils.session.choose')}</th>
                    <th scope="col">{t('councils.session.nominee')}</th>
                    <th scope="col">{t('councils.session.distinction')}</th>
                    <th scope="col">{t('councils.session.submitter')}</th>
                  </tr>
                </thead>
                <tbody>
                  {group.nominations.map((n) => (
                    <tr key={n.id} data-testid="slate-candidate" data-nomination-id={n.id}>
                      <td>
                        <input
                          type="checkbox"
                          id={`${ids}-n-${n.id}`}
                          checked={chosen.has(n.id)}
                          aria-label={t('councils.session.chooseOne', { name: n.nomineeName })}
                          onChange={(e) => {
                            const next = new Set(chosen);
                            if (e.target.checked) next.add(n.id);
                            else next.delete(n.id);
                            setChosen(next);
                            touch('slate');
                          }}
                        />
                      </td>
                      <th scope="row">
                        <label htmlFor={`${ids}-n-${n.id}`}>{n.nomineeName}</label>
                      </th>
                      <td>{distinctionName(n.distinction)}</td>
                      <td>{n.submittingOrganization.name}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ))}
          <p aria-live="polite">{t('councils.session.chosen', { count: slate.length })}</p>
          <FieldError id={`${ids}-slate-error`} text={message('slate')} />
        </fieldset>

        <fieldset>
          <legend>{t('councils.session.rule')}</legend>
          {prefill ? (
            <p className="notice" data-testid="rule-source">
              {t('councils.session.ruleFrom', { source: prefill.source })}
              {prefill.confirmed ? null : (
                <>
                  {' '}
                  <strong data-testid="rule-unconfirmed">({t('councils.session.unconfirmed')})</strong>
                  <br />
                  {t('councils.session.unconfirmedHint')}
                </>
              )}
            </p>
          ) : slate.length > 0 && votes.data ? (
            <p className="notice">{t('councils.session.noCatalogue')}</p>
          ) : null}
          {edited && prefill ? (
            <p className="muted">
              {t('councils.session.edited')}{' '}
              <button type="button" className="secondary" onClick={() => setEdited(null)}>
                {t('councils.session.refill')}
              </button>
            </p>
          ) : null}
          <div className="field">
            <span id={`${ids}-threshold-label`}>{t('councils.session.threshold')}</span>
            <div role="group" aria-labelledby={`${ids}-threshold-label`}>
              {fraction('threshold', 'thresholdNumerator', 'thresholdDenominator')}
            </div>
            <FieldError id={`${ids}-threshold-error`} text={message('threshold')} />
          </div>
          <div className="field">
            <label htmlFor={`${ids}-comparison`}>{t('councils.session.comparison')}</label>
            <select
              id={`${ids}-comparison`}
              value={rule.comparison}
              data-testid="rule-comparison"
              onChange={(e) => edit({ comparison: e.target.value as VoteComparison }, 'threshold')}
            >
              {(['AT_LEAST', 'MORE_THAN'] as const).map((c) => (
                <option key={c} value={c}>
                  {t(`councils.session.comparison.${c}`)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={`${ids}-base`}>{t('councils.session.base')}</label>
            <select
              id={`${ids}-base`}
              value={rule.base}
              data-testid="rule-base"
              onChange={(e) => edit({ base: e.target.value as VoteBase }, 'threshold')}
            >
              {(['TOTAL_MEMBERS', 'BALLOTS_CAST'] as const).map((b) => (
                <option key={b} value={b}>
                  {t(`councils.session.base.${b}`)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <span id={`${ids}-quorum-label`}>{t('councils.session.quorum')}</span>
            <div role="group" aria-labelledby={`${ids}-quorum-label`}>
              {fraction('quorum', 'quorumNumerator', 'quorumDenominator')}
            </div>
            <FieldError id={`${ids}-quorum-error`} text={message('quorum')} />
          </div>
        </fieldset>

        <button type="submit" className="primary" data-testid="session-submit" disabled={sending}>
          {sending ? t('councils.session.sending') : t('councils.session.submit')}
        </button>
        {error && server.size === 0 ? <ErrorMessage error={error} /> : null}
      </form>
    </>
  );
}
