import type { Client } from '@urql/core';
import { Provider, useQuery } from 'urql';
import { Link } from 'wouter';
import { currentSession } from '../../../auth/session';
import { createGraphQLClient } from '../../../graphql/client';
import { useI18n } from '../../../i18n/i18n';
import { ShowcaseAdoptLinksQuery } from '../documents/adoption';
import { adoptHref } from '../paths';

let signedIn: Client | null = null;
/** The showcase runs with an anonymous client; the adopt link is read as the signed-in user. */
function signedInClient(): Client {
  signedIn ??= createGraphQLClient();
  return signedIn;
}

function AdoptLink({ organizationId, nominationId, name }: AdoptActionProps) {
  const { t } = useI18n();
  // One query per showcase (urql shares it between the cards).
  const [result] = useQuery({ query: ShowcaseAdoptLinksQuery, variables: { organizationId } });
  const exemplarId = result.data?.exemplars.edges.find((e) => e.node.id === nominationId)?.node.exemplar?.id;
  if (!exemplarId) return null;
  return (
    <p>
      <Link
        href={adoptHref(exemplarId)}
        className="action"
        aria-label={t('exemplars.adopt.actionFor', { name })}
        data-testid="adopt-model"
      >
        {t('exemplars.adopt.action')}
      </Link>
    </p>
  );
}

export interface AdoptActionProps {
  organizationId: string;
  /** The showcase card's nomination. */
  nominationId: string;
  /** The nominee's name, for the link's accessible name. */
  name: string;
}

/**
 * "Áp dụng mô hình này" on a showcase card, for a signed-in visitor: leads to the adopt page of
 * the model the card belongs to (which checks that the visitor administers an organization).
 * Nothing for an anonymous visitor, nor for a card without a fostered model.
 */
export function AdoptAction(props: AdoptActionProps) {
  if (!currentSession()) return null;
  return (
    <Provider value={signedInClient()}>
      <AdoptLink {...props} />
    </Provider>
  );
}
