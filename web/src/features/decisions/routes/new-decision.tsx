import { useCallback, useMemo, useRef, useState } from 'react';
import type { CombinedError } from '@urql/core';
import { useClient, useMutation, useQuery } from 'urql';
import { useLocation } from 'wouter';
import { useI18n } from '../../../i18n/i18n';
import { ErrorMessage } from '../../../ui/error-message';
import {
  DecisionForm,
  type ApprovedNomination,
  type DecisionDraft,
  type Prices,
} from '../components/decision-form';
import { decidedAtOf, refusalsOf } from '../components/helpers';
import { ApprovedNominationsQuery, IssueDecisionMutation, RewardPreviewQuery } from '../documents';
import { decisionHref } from './pick';

/** `/decisions/new/:organizationId`: pick council-approved nominations, see the money, issue. */
export function NewDecisionPage({ organizationId }: { organizationId: string }) {
  const { t } = useI18n();
  const [, navigate] = useLocation();
  const client = useClient();
  const [list] = useQuery({ query: ApprovedNominationsQuery, variables: { organizationId } });
  // Later pages, appended when asked for (50 a page).
  const [more, setMore] = useState<{
    nodes: ApprovedNomination[];
    cursor: string | null;
    hasNext: boolean;
  } | null>(null);
  const [moreError, setMoreError] = useState<CombinedError | null>(null);
  const [loadingMore, setLoadingMore] = useState(false);
  const firstPage = list.data?.nominations;
  const cursor = more ? more.cursor : (firstPage?.pageInfo.endCursor ?? null);
  const hasNext = more ? more.hasNext : (firstPage?.pageInfo.hasNextPage ?? false);
  const loadMore = async () => {
    setLoadingMore(true);
    const page = await client.query(ApprovedNominationsQuery, { organizationId, after: cursor }).toPromise();
    setLoadingMore(false);
    setMoreError(page.error ?? null);
    const found = page.data?.nominations;
    if (!found) return;
    setMore((current) => ({
      nodes: [...(current?.nodes ?? []), ...found.edges.map(({ node }) => node)],
      cursor: found.pageInfo.endCursor ?? null,
      hasNext: found.pageInfo.hasNextPage,
    }));
  };
  const [decidedAt, setDecidedAt] = useState<string | null>(null);
  const onDateChange = useCallback((date: string) => setDecidedAt(decidedAtOf(date)), []);
  const [priced] = useQuery({
    query: RewardPreviewQuery,
    variables: { organizationId, decidedAt: decidedAt ?? '' },
    pause: !decidedAt,
  });
  const prices: Prices | null = useMemo(() => {
    if (!priced.data || priced.fetching) return null;
    return new Map(
      priced.data.distinctions.map((d) => [
        d.code,
        { INDIVIDUAL: d.individual ?? null, COLLECTIVE: d.collective ?? null },
      ]),
    );
  }, [priced.data, priced.fetching]);
  const [issued, issue] = useMutation(IssueDecisionMutation);
  // One key per draft: a double click or a retry after a lost answer issues one decision.
  const key = useRef<{ draft: string; key: string } | null>(null);

  const onIssue = async (draft: DecisionDraft) => {
    const text = JSON.stringify(draft);
    if (key.current?.draft !== text) key.current = { draft: text, key: newKey() };
    const result = await issue({
      input: { organizationId, ...draft, idempotencyKey: key.current.key },
    });
    const decision = result.data?.issueRecognitionDecision;
    if (decision) navigate(`${decisionHref(decision.id)}?issued=1`);
  };

  const refusals = refusalsOf(issued.error);
  const nominations: ApprovedNomination[] = useMemo(
    () => [...(firstPage?.edges ?? []).map(({ node }) => node), ...(more?.nodes ?? [])],
    [firstPage, more],
  );
  return (
    <>
      <h1>{t('decisions.new.title')}</h1>
      {list.data?.organization ? <p>{t('decisions.new.of', { name: list.data.organization.name })}</p> : null}
      <ErrorMessage error={list.error} />
      {list.fetching && !list.data ? <p>{t('app.loading')}</p> : null}
      {list.data ? (
        <DecisionForm
          nominations={nominations}
          prices={prices}
          onDateChange={onDateChange}
          onIssue={(draft) => void onIssue(draft)}
          sending={issued.fetching}
          refusals={refusals}
        />
      ) : null}
      {hasNext ? (
        <p>
          <span className="muted">
            {t('decisions.new.shown', { shown: nominations.length, total: firstPage?.totalCount ?? 0 })}
          </span>{' '}
          <button type="button" className="secondary" onClick={() => void loadMore()} disabled={loadingMore}>
            {t('decisions.new.more')}
          </button>
        </p>
      ) : null}
      <ErrorMessage error={moreError} />
      <ErrorMessage error={priced.error} />
      {issued.error && !refusals ? <ErrorMessage error={issued.error} /> : null}
    </>
  );
}

function newKey(): string {
  // randomUUID exists in secure contexts only (https, localhost).
  return typeof crypto.randomUUID === 'function'
    ? crypto.randomUUID()
    : `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}
