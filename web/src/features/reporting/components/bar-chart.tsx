import { Figure } from '../../../ui/figure';

export interface Bar {
  key: string;
  label: string;
  value: number;
}

/**
 * Horizontal bars drawn as SVG: a few hundred bytes instead of a chart library's hundreds of
 * kilobytes (the first load ships at most 300 KB). The numbers are text beside each bar.
 */
export function BarChart({ bars, title }: { bars: readonly Bar[]; title: string }) {
  const max = Math.max(1, ...bars.map((b) => b.value));
  return (
    <figure className="chart" aria-label={title}>
      {bars.map((bar) => (
        <div className="bar-row" key={bar.key}>
          <span>{bar.label}</span>
          <svg viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true" focusable="false">
            <rect x="0" y="0" width={(bar.value / max) * 100} height="10" fill="#0b4f9c" />
          </svg>
          <span className="num">
            <Figure value={bar.value} />
          </span>
        </div>
      ))}
    </figure>
  );
}
