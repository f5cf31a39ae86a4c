import { useI18n } from '../../../i18n/i18n';
import { RATINGS, type RatingValue } from './evaluation-form';

export interface RatedPeriod {
  period: string;
  effect: RatingValue;
  influence: RatingValue;
  potential: RatingValue;
}

const SERIES = [
  { key: 'effect', color: '#0b4f9c', dash: '' },
  { key: 'influence', color: '#8b1a1a', dash: '6 3' },
  { key: 'potential', color: '#2e6b1f', dash: '2 3' },
] as const;

const WIDTH = 480;
const HEIGHT = 160;
const PAD = { left: 80, right: 12, top: 10, bottom: 28 };

/** The rating as a height: WEAK 1 … EXCELLENT 4. */
export function ratingLevel(rating: RatingValue): number {
  return RATINGS.indexOf(rating) + 1;
}

/**
 * The three ratings over the periods, oldest first: a small line chart, summarized in words for
 * screen readers (the table beside it holds every figure).
 */
export function RatingsChart({ periods }: { periods: readonly RatedPeriod[] }) {
  const { t } = useI18n();
  if (periods.length === 0) return null;
  const last = periods[periods.length - 1]!;
  const summary = t('exemplars.eval.chartSummary', {
    period: last.period,
    effect: t(`exemplars.rating.${last.effect}`),
    influence: t(`exemplars.rating.${last.influence}`),
    potential: t(`exemplars.rating.${last.potential}`),
  });
  const innerW = WIDTH - PAD.left - PAD.right;
  const innerH = HEIGHT - PAD.top - PAD.bottom;
  const x = (i: number) =>
    PAD.left + (periods.length === 1 ? innerW / 2 : (i * innerW) / (periods.length - 1));
  const y = (level: number) => PAD.top + innerH - ((level - 1) * innerH) / 3;
  return (
    <figure className="ratings-chart">
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        width="100%"
        style={{ maxWidth: `${WIDTH}px` }}
        role="img"
        aria-label={`${t('exemplars.eval.chart')}. ${summary}`}
        data-testid="ratings-chart"
      >
        {RATINGS.map((r, i) => (
          <g key={r}>
            <line x1={PAD.left} x2={WIDTH - PAD.right} y1={y(i + 1)} y2={y(i + 1)} stroke="#d0d4da" />
            <text x={PAD.left - 6} y={y(i + 1) + 4} textAnchor="end" fontSize="11" fill="#333">
              {t(`exemplars.rating.${r}`)}
            </text>
          </g>
        ))}
        {periods.map((p, i) => (
          <text key={p.period} x={x(i)} y={HEIGHT - 8} textAnchor="middle" fontSize="11" fill="#333">
            {p.period}
          </text>
        ))}
        {SERIES.map((s) => (
          <g key={s.key} data-series={s.key}>
            <polyline
              fill="none"
              stroke={s.color}
              strokeWidth="2"
              strokeDasharray={s.dash || undefined}
              points={periods.map((p, i) => `${x(i)},${y(ratingLevel(p[s.key]))}`).join(' ')}
            />
            {periods.map((p, i) => (
              <circle key={p.period} cx={x(i)} cy={y(ratingLevel(p[s.key]))} r="3" fill={s.color} />
            ))}
          </g>
        ))}
      </svg>
      <figcaption>
        <ul
          className="legend"
          style={{ listStyle: 'none', display: 'flex', flexWrap: 'wrap', gap: '1rem', padding: 0 }}
        >
          {SERIES.map((s) => (
            <li key={s.key}>
              <svg width="24" height="8" aria-hidden="true">
                <line
                  x1="0"
                  x2="24"
                  y1="4"
                  y2="4"
                  stroke={s.color}
                  strokeWidth="2"
                  strokeDasharray={s.dash || undefined}
                />
              </svg>{' '}
              {t(`exemplars.eval.${s.key}`)}
            </li>
          ))}
        </ul>
      </figcaption>
    </figure>
  );
}
