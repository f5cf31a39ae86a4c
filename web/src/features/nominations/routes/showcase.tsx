import { useEffect, useState } from 'react';
import { useQuery } from 'urql';
import { useLocation, useSearch } from 'wouter';
import { formatDate } from '../../../i18n/format';
import { useI18n } from '../../../i18n/i18n';
import { ErrorMessage } from '../../../ui/error-message';
import { AdoptAction } from '../../exemplars/components/adopt-action';
import { ExemplarsQuery } from '../documents';

/** Seconds each exemplar stays on screen in the rotating mode (`?mode=screen&seconds=…`). */
const DEFAULT_SECONDS = 10;

/**
 * The public showcase, without sign-in. `?mode=screen` is the full-screen rotation for an LED
 * screen or an iframe on a school's website (that address is the embeddable one).
 */
export function ShowcasePage({ organizationId }: { organizationId: string }) {
  const { t, language } = useI18n();
  const search = new URLSearchParams(useSearch());
  const [, navigate] = useLocation();
  const screen = search.get('mode') === 'screen';
  const seconds = Math.max(3, Number(search.get('seconds')) || DEFAULT_SECONDS);
  const [result] = useQuery({ query: ExemplarsQuery, variables: { organizationId } });
  const exemplars = result.data?.exemplars.edges.map((e) => e.node) ?? [];
  const [index, setIndex] = useState(0);

  useEffect(() => {
    if (!screen || exemplars.length < 2) return;
    const timer = setInterval(() => setIndex((i) => (i + 1) % exemplars.length), seconds * 1000);
    return () => clearInterval(timer);
  }, [screen, exemplars.length, seconds]);

  const base = `/exemplars/${encodeURIComponent(organizationId)}`;
  const embedUrl = `${window.location.origin}${base}?mode=screen`;
  const distinctionName = (d: { nameVi: string; nameEn: string }) =>
    language === 'en' ? d.nameEn : d.nameVi;

  if (screen) {
    const current = exemplars[index % Math.max(1, exemplars.length)];
    return (
      <div className="slideshow" aria-roledescription="carousel" aria-label={t('showcase.title')}>
        <button
          type="button"
          onClick={() => {
            if (document.fullscreenElement) void document.exitFullscreen();
            navigate(base);
          }}
        >
          {t('showcase.exitFullscreen')}
        </button>
        {current ? (
          <article
            aria-roledescription="slide"
            aria-label={t('showcase.slide', { index: index + 1, count: exemplars.length })}
          >
            <h2>{current.nomineeName}</h2>
            <p>
              <strong>{distinctionName(current.distinction)}</strong> — {current.year}
            </p>
            {current.dossier?.summary ? <p>{current.dossier.summary}</p> : null}
          </article>
        ) : (
          <p>{result.fetching ? t('app.loading') : t('showcase.none')}</p>
        )}
      </div>
    );
  }

  return (
    <>
      <h1>{t('showcase.title')}</h1>
      <ErrorMessage error={result.error} />
      <div className="toolbar">
        <button
          type="button"
          className="primary"
          onClick={() => {
            void document.documentElement.requestFullscreen?.().catch(() => undefined);
            navigate(`${base}?mode=screen`);
          }}
        >
          {t('showcase.fullscreen')}
        </button>
      </div>
      <p>
        {t('showcase.embed')}: <code>{embedUrl}</code>
      </p>
      {result.data && exemplars.length === 0 ? <p className="notice">{t('showcase.none')}</p> : null}
      <ul className="exemplars">
        {exemplars.map((exemplar) => (
          <li
            key={exemplar.id}
            className="exemplar"
            data-testid="exemplar-card"
            data-nomination-id={exemplar.id}
          >
            <h2>{exemplar.nomineeName}</h2>
            <p>
              <strong>{distinctionName(exemplar.distinction)}</strong> — {exemplar.year}
            </p>
            {exemplar.decisionNumber ? (
              <p className="muted">
                {t('showcase.decision', {
                  number: exemplar.decisionNumber,
                  date: exemplar.decidedAt ? formatDate(exemplar.decidedAt) : '',
                })}
              </p>
            ) : null}
            {exemplar.dossier?.summary ? <p>{exemplar.dossier.summary}</p> : null}
            <AdoptAction
              organizationId={organizationId}
              nominationId={exemplar.id}
              name={exemplar.nomineeName}
            />
          </li>
        ))}
      </ul>
    </>
  );
}
