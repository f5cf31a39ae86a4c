import type { CombinedError } from '@urql/core';
import { useId, useState } from 'react';
import { useClient } from 'urql';
import { useI18n } from '../../../i18n/i18n';
import { PublishMutation } from '../documents';
import type { Listed } from '../escalation';
import { refusalText } from './refusal-text';

/** Publishes a nomination on the showcase (the exemplars' page), or withdraws it. */
export function PublishToggle({ nomination: n, onDone }: { nomination: Listed; onDone: () => void }) {
  const { t } = useI18n();
  const client = useClient();
  const ids = useId();
  const [sending, setSending] = useState(false);
  const [error, setError] = useState<CombinedError | null>(null);
  const toggle = async () => {
    setSending(true);
    setError(null);
    const result = await client.mutation(PublishMutation, { id: n.id, published: !n.published }).toPromise();
    setSending(false);
    if (result.data?.publishExemplar) onDone();
    else if (result.error) setError(result.error);
  };
  return (
    <div className="toolbar" role="group" aria-labelledby={`${ids}-publish`}>
      <span id={`${ids}-publish`}>
        {t('escalation.publish')}:{' '}
        <span data-testid="publish-state" data-published={String(n.published)}>
          {n.published ? t('escalation.published') : t('escalation.notPublished')}
        </span>
      </span>
      <button
        type="button"
        className="secondary"
        data-testid={n.published ? 'unpublish-submit' : 'publish-submit'}
        disabled={sending}
        onClick={() => void toggle()}
      >
        {n.published ? t('escalation.unpublishButton') : t('escalation.publishButton')}
      </button>
      {error ? (
        <p role="alert" className="error" data-testid="publish-refusal">
          {refusalText(error, t)}
        </p>
      ) : null}
    </div>
  );
}
