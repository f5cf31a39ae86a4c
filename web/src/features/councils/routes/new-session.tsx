import type { CombinedError } from '@urql/core';
import { useId, useMemo, useState, type FormEvent } from 'react';
import { useClient, useQuery } from 'urql';
import { Link, useLocation } from 'wouter';
import { useI18n } from '../../../i18n/i18n';
import { ErrorMessage } from '../../../ui/error-message';
import { FieldError } from '../components/field-error';
import { RuleFieldset } from '../components/rule-fieldset';
import { SlateFieldset } from '../components/slate-fieldset';
import { useAllPages } from '../../../ui/all-pages';
import {
  CatalogueVotesQuery,
  CouncilPageQuery,
  CreateVotingSessionMutation,
  SlateCandidatesQuery,
} from '../documents';
import { EMPTY_RULE, prefillRule, ruleInput, ruleProblems, type CatalogueVote, type RuleForm } from '../rule';
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
  const { t } = useI18n();
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

  const described = (field: Field) => (message(field) ? `${ids}-${field}-error` : undefined);

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

        <SlateFieldset
          ids={ids}
          organizationName={council.organization.name}
          candidates={candidates}
          votesError={votes.error}
          groups={groups}
          chosen={chosen}
          onChosen={(next) => {
            setChosen(next);
            touch('slate');
          }}
          count={slate.length}
          message={message('slate')}
        />

        <RuleFieldset
          ids={ids}
          rule={rule}
          prefill={prefill}
          edited={Boolean(edited)}
          catalogueLoaded={Boolean(votes.data)}
          slateCount={slate.length}
          onEdit={edit}
          onRefill={() => setEdited(null)}
          message={message}
        />

        <button type="submit" className="primary" data-testid="session-submit" disabled={sending}>
          {sending ? t('councils.session.sending') : t('councils.session.submit')}
        </button>
        {error && server.size === 0 ? <ErrorMessage error={error} /> : null}
      </form>
    </>
  );
}
