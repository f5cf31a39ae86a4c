import { Suspense, useEffect, useMemo, useState, type ReactNode } from 'react';
import { Provider } from 'urql';
import { Link, Route, Switch, useLocation } from 'wouter';
import { SignedInPage, SignInPage } from './auth/sign-in-page';
import { beginSignIn, CALLBACK_PATH, clearSession, currentPath, currentSession } from './auth/session';
import { ShowcasePage } from './features/nominations/routes/showcase';
import { createGraphQLClient } from './graphql/client';
import { useI18n, type Language } from './i18n/i18n';
import { FEATURES } from './routing/features';

function RequireSession({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  const session = currentSession();
  useEffect(() => {
    if (!session) void beginSignIn(currentPath());
  }, [session]);
  return session ? <>{children}</> : <p>{t('signIn.redirecting')}</p>;
}

function Shell({ children }: { children: ReactNode }) {
  const { t, language, setLanguage } = useI18n();
  const [location, navigate] = useLocation();
  const session = currentSession();
  // On a phone the feature links fold behind one button; a page change folds them again.
  const [menuOpen, setMenuOpen] = useState(false);
  useEffect(() => setMenuOpen(false), [location]);
  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);
  const links = session ? FEATURES.flatMap((feature) => feature.navigation) : [];
  return (
    <>
      <a className="skip" href="#main">
        {t('app.skip')}
      </a>
      <header className="bar">
        <Link href="/" className="brand">
          {t('app.name')}
        </Link>
        <nav aria-label={t('app.mainNav')} className="toolbar">
          {links.length > 0 ? (
            <>
              <button
                type="button"
                className="menu-toggle"
                aria-expanded={menuOpen}
                aria-controls="feature-links"
                onClick={() => setMenuOpen((open) => !open)}
              >
                {t('app.menu')}
              </button>
              <div id="feature-links" className={menuOpen ? 'feature-links open' : 'feature-links'}>
                {links.map((link) => (
                  <Link key={link.href} href={link.href}>
                    {t(link.label)}
                  </Link>
                ))}
              </div>
            </>
          ) : null}
          <label htmlFor="language" className="visually-hidden">
            {t('app.language')}
          </label>
          <select id="language" value={language} onChange={(e) => setLanguage(e.target.value as Language)}>
            <option value="vi">Tiếng Việt</option>
            <option value="en">English</option>
          </select>
          {session ? (
            <button
              type="button"
              onClick={() => {
                clearSession();
                navigate('/sign-in');
              }}
            >
              {t('app.signOut')} ({session.subject})
            </button>
          ) : null}
        </nav>
      </header>
      <main id="main">{children}</main>
    </>
  );
}

export function App() {
  const { t } = useI18n();
  const [location] = useLocation();
  // The showcase is public: its client never sends anyone to sign in.
  const anonymous = location.startsWith('/exemplars/');
  const client = useMemo(() => createGraphQLClient({ anonymous }), [anonymous]);
  return (
    <Provider value={client}>
      <Switch>
        <Route path="/exemplars/:organizationId">
          {(params) => (
            <Shell>
              <ShowcasePage organizationId={params.organizationId} />
            </Shell>
          )}
        </Route>
        <Route path="/sign-in">
          <Shell>
            <SignInPage />
          </Shell>
        </Route>
        <Route path={CALLBACK_PATH}>
          <Shell>
            <SignedInPage />
          </Shell>
        </Route>
        <Route>
          <Shell>
            <RequireSession>
              <Switch>
                {FEATURES.flatMap((feature) => feature.routes).map(({ path, page: Page }) => (
                  <Route key={path} path={path}>
                    {(params) => (
                      <Suspense fallback={<p>{t('app.loading')}</p>}>
                        <Page params={params} />
                      </Suspense>
                    )}
                  </Route>
                ))}
                <Route>
                  <h1>{t('app.notFound')}</h1>
                </Route>
              </Switch>
            </RequireSession>
          </Shell>
        </Route>
      </Switch>
    </Provider>
  );
}
