import { useEffect, useId, useState, type FormEvent } from 'react';
import { useI18n } from '../i18n/i18n';
import { authConfig, beginSignIn, completeOidc, devSignIn, safeReturnPath, type AuthConfig } from './session';

/** Development sign-in: a subject, a token from the gateway, back to the page the user was on. */
export function SignInPage() {
  const { t } = useI18n();
  const params = new URLSearchParams(window.location.search);
  const next = safeReturnPath(params.get('next'));
  const [config, setConfig] = useState<AuthConfig | null>(null);
  const [subject, setSubject] = useState('');
  const [failed, setFailed] = useState(false);
  const [busy, setBusy] = useState(false);
  const id = useId();

  useEffect(() => {
    authConfig().then(
      (c) => {
        setConfig(c);
        if (c.signIn === 'oidc') void beginSignIn(next);
      },
      () => setFailed(true),
    );
  }, [next]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setFailed(false);
    try {
      await devSignIn(subject.trim());
      window.location.assign(next);
    } catch {
      setFailed(true);
      setBusy(false);
    }
  };

  if (config?.signIn === 'oidc') return <p>{t('signIn.redirecting')}</p>;
  if (config?.signIn === 'unavailable') return <p className="error">{t('signIn.unavailable')}</p>;
  return (
    <>
      <h1>{t('signIn.title')}</h1>
      {params.get('reason') === 'expired' ? <p className="notice">{t('signIn.expired')}</p> : null}
      <p>{t('signIn.explain')}</p>
      <form onSubmit={submit}>
        <div className="field">
          <label htmlFor={id}>{t('signIn.subject')}</label>
          <input
            id={id}
            type="text"
            autoComplete="username"
            required
            value={subject}
            onChange={(event) => setSubject(event.target.value)}
            data-testid="sign-in-subject"
          />
        </div>
        <button
          type="submit"
          className="primary"
          disabled={busy || !subject.trim()}
          data-testid="sign-in-submit"
        >
          {t('signIn.submit')}
        </button>
      </form>
      {failed ? (
        <p role="alert" className="error">
          {t('signIn.failed')}
        </p>
      ) : null}
    </>
  );
}

/** Where the OpenID Connect provider sends the user back with a code. */
export function SignedInPage() {
  const { t } = useI18n();
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    completeOidc(window.location.search).then(
      (returnTo) => window.location.replace(returnTo),
      () => setFailed(true),
    );
  }, []);
  return failed ? (
    <p role="alert" className="error">
      {t('signIn.failed')}
    </p>
  ) : (
    <p>{t('signIn.callback')}</p>
  );
}
