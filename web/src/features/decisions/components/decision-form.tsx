import { useEffect, useId, useMemo, useState, type FormEvent } from 'react';
import { useI18n } from '../../../i18n/i18n';
import { formatNumber } from '../../../i18n/format';
import type { MessageKey } from '../../../i18n/catalogue';
import { Figure } from '../../../ui/figure';
import { decidedAtOf, distinctionName, refusalKey, todayInVietnam, type Refusal } from './helpers';

export interface ApprovedNomination {
  id: string;
  nomineeName: string;
  target: 'INDIVIDUAL' | 'COLLECTIVE';
  campaign: { title: string };
  distinction: { code: string; nameVi: string; nameEn: string };
  submittingOrganization: { name: string };
}

export interface Price {
  multiple: string;
  baseSalary: number;
  amount: number;
}

/** The server's prices on the date signed, by distinction code and target. */
export type Prices = ReadonlyMap<string, { INDIVIDUAL: Price | null; COLLECTIVE: Price | null }>;

export interface DecisionDraft {
  number: string;
  decidedAt: string;
  signer: string;
  title: string;
  nominationIds: string[];
}

interface Props {
  nominations: readonly ApprovedNomination[];
  /** Null while the server computes them for the date chosen. */
  prices: Prices | null;
  onDateChange: (date: string) => void;
  onIssue: (draft: DecisionDraft) => void;
  sending: boolean;
  refusals: readonly Refusal[] | null;
}

type Problem = 'number' | 'date' | 'signer' | 'title' | 'selection';
const PROBLEM_KEYS: Record<Problem, MessageKey> = {
  number: 'decisions.new.needNumber',
  date: 'decisions.new.needDate',
  signer: 'decisions.new.needSigner',
  title: 'decisions.new.needTitle',
  selection: 'decisions.new.needSelection',
};

/**
 * The decision before it is signed: its number, date, signer and title, the council-approved
 * nominations to list, each with the reward the server computes for the date signed, and the
 * total. What the user typed stays when the server refuses; each refused nomination is named with
 * the rule that refused it, in words.
 */
export function DecisionForm({ nominations, prices, onDateChange, onIssue, sending, refusals }: Props) {
  const { t, language } = useI18n();
  const id = useId();
  const [number, setNumber] = useState('');
  const [date, setDate] = useState(todayInVietnam);
  const [signer, setSigner] = useState('');
  const [title, setTitle] = useState(() => t('decisions.new.defaultTitle'));
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [problems, setProblems] = useState<Problem[]>([]);

  useEffect(() => onDateChange(date), [date, onDateChange]);

  const chosen = useMemo(() => nominations.filter((n) => selected.has(n.id)), [nominations, selected]);
  const priceOf = (n: ApprovedNomination): Price | null =>
    prices?.get(n.distinction.code)?.[n.target] ?? null;
  const total = chosen.reduce((sum, n) => sum + (priceOf(n)?.amount ?? 0), 0);
  const byId = new Map(nominations.map((n) => [n.id, n]));

  const toggle = (nominationId: string) =>
    setSelected((current) => {
      const next = new Set(current);
      if (next.has(nominationId)) next.delete(nominationId);
      else next.add(nominationId);
      return next;
    });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const decidedAt = decidedAtOf(date);
    const found: Problem[] = [];
    if (!number.trim()) found.push('number');
    if (!decidedAt) found.push('date');
    if (!signer.trim()) found.push('signer');
    if (!title.trim()) found.push('title');
    if (chosen.length === 0) found.push('selection');
    setProblems(found);
    if (found.length > 0 || !decidedAt) return;
    onIssue({
      number: number.trim(),
      decidedAt,
      signer: signer.trim(),
      title: title.trim(),
      // In the order shown: the attached list's order (STT).
      nominationIds: chosen.map((n) => n.id),
    });
  };

  const fieldError = (problem: Problem) =>
    problems.includes(problem) ? (
      <span id={`${id}-${problem}-error`} role="alert" className="error">
        {t(PROBLEM_KEYS[problem])}
      </span>
    ) : null;
  const describedBy = (problem: Problem, hint?: string) =>
    [hint, problems.includes(problem) ? `${id}-${problem}-error` : null].filter(Boolean).join(' ') ||
    undefined;

  return (
    <form onSubmit={submit} noValidate>
      <div className="field">
        <label htmlFor={`${id}-number`}>{t('decisions.new.number')}</label>
        <input
          id={`${id}-number`}
          type="text"
          value={number}
          onChange={(e) => setNumber(e.target.value)}
          aria-invalid={problems.includes('number') || undefined}
          aria-describedby={describedBy('number', `${id}-number-hint`)}
          data-testid="decision-number"
        />
        <span id={`${id}-number-hint`} className="muted">
          {t('decisions.new.numberHint')}
        </span>
        {fieldError('number')}
      </div>
      <div className="field">
        <label htmlFor={`${id}-date`}>{t('decisions.new.date')}</label>
        <input
          id={`${id}-date`}
          type="date"
          value={date}
          onChange={(e) => setDate(e.target.value)}
          aria-invalid={problems.includes('date') || undefined}
          aria-describedby={describedBy('date')}
          data-testid="decision-date"
        />
        {fieldError('date')}
      </div>
      <div className="field">
        <label htmlFor={`${id}-signer`}>{t('decisions.new.signer')}</label>
        <input
          id={`${id}-signer`}
          type="text"
          value={signer}
          onChange={(e) => setSigner(e.target.value)}
          aria-invalid={problems.includes('signer') || undefined}
          aria-describedby={describedBy('signer', `${id}-signer-hint`)}
          data-testid="decision-signer"
        />
        <span id={`${id}-signer-hint`} className="muted">
          {t('decisions.new.signerHint')}
        </span>
        {fieldError('signer')}
      </div>
      <div className="field">
        <label htmlFor={`${id}-title`}>{t('decisions.new.titleField')}</label>
        <input
          id={`${id}-title`}
          type="text"
          value={title}
          onChange={(e) => setTitle(e.target.value)}
          aria-invalid={problems.includes('title') || undefined}
          aria-describedby={describedBy('title')}
          data-testid="decision-title"
        />
        {fieldError('title')}
      </div>

      <h2 id={`${id}-list`}>{t('decisions.new.list')}</h2>
      {nominations.length === 0 ? (
        <p className="notice">{t('decisions.new.noneApproved')}</p>
      ) : (
        <div className="table-scroll">
          <table aria-labelledby={`${id}-list`}>
            <thead>
              <tr>
                <th scope="col">{t('decisions.col.select')}</th>
                <th scope="col">{t('decisions.col.name')}</th>
                <th scope="col">{t('decisions.col.target')}</th>
                <th scope="col">{t('decisions.col.distinction')}</th>
                <th scope="col">{t('decisions.col.unit')}</th>
                <th scope="col">{t('decisions.col.campaign')}</th>
              </tr>
            </thead>
            <tbody>
              {nominations.map((n) => (
                <tr key={n.id} data-testid="decision-candidate" data-nomination-id={n.id}>
                  <td>
                    <input
                      type="checkbox"
                      checked={selected.has(n.id)}
                      onChange={() => toggle(n.id)}
                      aria-label={t('decisions.new.pickOne', { name: n.nomineeName })}
                    />
                  </td>
                  <td>{n.nomineeName}</td>
                  <td>{t(`decisions.target.${n.target}`)}</td>
                  <td>{distinctionName(n.distinction, language)}</td>
                  <td>{n.submittingOrganization.name}</td>
                  <td>{n.campaign.title}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {fieldError('selection')}

      <h2 id={`${id}-selected`}>{t('decisions.new.selected', { count: chosen.length })}</h2>
      <p className="muted">{t('decisions.new.rewardsExplain')}</p>
      {chosen.length === 0 ? (
        <p>{t('decisions.new.noneSelected')}</p>
      ) : (
        <div className="table-scroll">
          <table aria-labelledby={`${id}-selected`} data-testid="decision-preview">
            <thead>
              <tr>
                <th scope="col">{t('decisions.col.stt')}</th>
                <th scope="col">{t('decisions.col.name')}</th>
                <th scope="col">{t('decisions.col.distinction')}</th>
                <th scope="col" className="num">
                  {t('decisions.col.reward')}
                </th>
              </tr>
            </thead>
            <tbody>
              {chosen.map((n, index) => {
                const price = priceOf(n);
                return (
                  <tr key={n.id} data-testid="decision-preview-row" data-nomination-id={n.id}>
                    <td>{index + 1}</td>
                    <td>{n.nomineeName}</td>
                    <td>{distinctionName(n.distinction, language)}</td>
                    <td className="num">
                      {prices === null ? (
                        t('decisions.new.pricing')
                      ) : price ? (
                        <>
                          <Figure value={price.amount} testId="decision-preview-reward" />{' '}
                          <span className="muted">
                            (
                            {t('decisions.new.multiple', {
                              multiple: price.multiple.replace('.', ','),
                              baseSalary: formatNumber(price.baseSalary),
                            })}
                            )
                          </span>
                        </>
                      ) : (
                        t('decisions.new.noPrice')
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row" colSpan={3}>
                  {t('decisions.new.total')}
                </th>
                <td className="num">
                  {prices === null ? (
                    t('decisions.new.pricing')
                  ) : (
                    <Figure value={total} testId="decision-preview-total" />
                  )}
                </td>
              </tr>
            </tfoot>
          </table>
        </div>
      )}

      {refusals && refusals.length > 0 ? (
        <div role="alert" className="error" data-testid="decision-refusals">
          <p>{t('decisions.new.refused')}</p>
          <ul>
            {refusals.map((r) => (
              <li key={r.id} data-testid="decision-refusal" data-nomination-id={r.id}>
                <strong>
                  {byId.get(r.id)?.nomineeName ?? t('decisions.refusal.unknownNomination', { id: r.id })}
                </strong>
                : {t(refusalKey(r))}
              </li>
            ))}
          </ul>
        </div>
      ) : null}

      <p>
        <button type="submit" className="primary" disabled={sending} data-testid="decision-submit">
          {sending ? t('decisions.new.sending') : t('decisions.new.submit')}
        </button>
      </p>
    </form>
  );
}
