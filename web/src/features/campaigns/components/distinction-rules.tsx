import { useI18n, type Translate } from '../../../i18n/i18n';
import type { MessageKey } from '../../../i18n/catalogue';

interface Fraction {
  numerator: number;
  denominator: number;
}

export interface RulesView {
  vote?: { threshold: Fraction; base: string; comparison: string } | null;
  prerequisites: {
    target?: string | null;
    requirements: {
      kind: string;
      code?: string | null;
      times?: number | null;
      consecutive?: boolean | null;
      count?: number | null;
      share?: Fraction | null;
    }[];
  }[];
  ratioCap?: { code: string; share: Fraction } | null;
}

const fraction = (f: Fraction) => `${f.numerator}/${f.denominator}`;

/** The rules of a distinction in words: the council vote, the prerequisites, the ratio cap. */
export function rulesSentences(rules: RulesView | null | undefined, t: Translate): string[] {
  if (!rules) return [t('campaigns.rules.none')];
  const out: string[] = [];
  if (rules.vote)
    out.push(
      t(rules.vote.comparison === 'MORE_THAN' ? 'campaigns.rules.voteMore' : 'campaigns.rules.vote', {
        share: fraction(rules.vote.threshold),
        base: t(`campaigns.rules.base.${rules.vote.base}` as MessageKey),
      }),
    );
  rules.prerequisites.forEach((route, i) => {
    const parts = route.requirements.map((r) => {
      if (r.kind === 'DISTINCTION')
        return t(r.consecutive ? 'campaigns.rules.req.consecutive' : 'campaigns.rules.req.times', {
          times: r.times ?? 1,
          code: r.code ?? '',
        });
      if (r.kind === 'MEMBERS_SHARE')
        return t('campaigns.rules.req.share', {
          share: r.share ? fraction(r.share) : '',
          code: r.code ?? '',
        });
      if (r.kind === 'MEMBERS_AT_LEAST')
        return t('campaigns.rules.req.count', { count: r.count ?? 0, code: r.code ?? '' });
      return t(`campaigns.rules.req.${r.kind}` as MessageKey);
    });
    out.push(
      `${rules.prerequisites.length > 1 ? t('campaigns.rules.route', { index: i + 1 }) : t('campaigns.rules.prerequisite')}: ${parts.join('; ')}`,
    );
  });
  if (rules.prerequisites.length === 0) out.push(t('campaigns.rules.noPrerequisite'));
  if (rules.ratioCap)
    out.push(
      t('campaigns.rules.ratioCap', { share: fraction(rules.ratioCap.share), code: rules.ratioCap.code }),
    );
  return out;
}

export function DistinctionRulesText({ rules }: { rules: RulesView | null | undefined }) {
  const { t } = useI18n();
  return (
    <ul className="rules" data-testid="distinction-rules">
      {rulesSentences(rules, t).map((sentence) => (
        <li key={sentence}>{sentence}</li>
      ))}
    </ul>
  );
}
