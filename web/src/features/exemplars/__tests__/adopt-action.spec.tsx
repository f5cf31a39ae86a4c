import { render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Router } from 'wouter';
import { clearSession, storeSession } from '../../../auth/session';
import { I18nProvider } from '../../../i18n/i18n';
import { AdoptAction } from '../components/adopt-action';

/** The gateway's answer to the showcase's links: card n1 belongs to exemplar e1, card n2 to none. */
function gateway() {
  const headers: (string | null)[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (_url: unknown, init?: { headers?: Record<string, string> }) => {
      headers.push(init?.headers?.authorization ?? null);
      const data = {
        exemplars: {
          __typename: 'NominationConnection',
          edges: [
            {
              __typename: 'NominationEdge',
              node: { __typename: 'Nomination', id: 'n1', exemplar: { __typename: 'Exemplar', id: 'e1' } },
            },
            { __typename: 'NominationEdge', node: { __typename: 'Nomination', id: 'n2', exemplar: null } },
          ],
        },
      };
      return new Response(JSON.stringify({ data }), { headers: { 'content-type': 'application/json' } });
    }),
  );
  return headers;
}

function renderAction(nominationId: string) {
  return render(
    <I18nProvider language="vi">
      <Router>
        <AdoptAction organizationId="school" nominationId={nominationId} name="Nguyễn Thị Hoa" />
      </Router>
    </I18nProvider>,
  );
}

afterEach(() => {
  clearSession();
  vi.unstubAllGlobals();
});

describe('"Áp dụng mô hình này" on a showcase card', () => {
  it('is not there for an anonymous visitor, who sends nothing', () => {
    const headers = gateway();
    const { container } = renderAction('n1');
    expect(container.textContent).toBe('');
    expect(headers).toEqual([]);
  });

  it('leads a signed-in visitor to the adopt page of the card’s model, asked with the session’s token', async () => {
    const headers = gateway();
    // A token whose payload names the subject (the app reads `sub`, the gateway checks the rest).
    const token = `x.${btoa(JSON.stringify({ sub: 'elsewhere-admin' }))}.y`;
    storeSession(token, Date.now() + 3_600_000);
    renderAction('n1');
    const link = await screen.findByRole(
      'link',
      { name: 'Áp dụng mô hình này: Nguyễn Thị Hoa' },
      { timeout: 5_000 },
    );
    expect(link.getAttribute('href')).toBe('/adopt/e1');
    expect(link.textContent).toBe('Áp dụng mô hình này');
    expect(headers[0]).toBe(`Bearer ${token}`);
  }, 15_000);
});
