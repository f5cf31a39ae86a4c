import type { CombinedError } from '@urql/core';
import { useCallback, useEffect, useState } from 'react';

export interface Page<N> {
  nodes: N[];
  hasNextPage: boolean;
  endCursor: string | null | undefined;
}

/**
 * Every page of a connection, fetched one after the other: the gateway's cost limit counts a page
 * size against each field below it, so lists with depth go in small pages. `fetchPage` answers a
 * page or the error that stopped it; `key` changes when the list should start again.
 */
export function useAllPages<N>(
  fetchPage: (after: string | null) => Promise<Page<N> | CombinedError>,
  key: string,
  maxPages = 20,
): { nodes: N[] | null; error: CombinedError | null; reload: () => void } {
  // Kept with the key it was fetched for: a reload shows the old list until the new one is in,
  // another key shows nothing of the previous one.
  const [state, setState] = useState<{ key: string; nodes: N[] | null; error: CombinedError | null }>({
    key,
    nodes: null,
    error: null,
  });
  const [round, setRound] = useState(0);
  useEffect(() => {
    let stopped = false;
    void (async () => {
      const nodes: N[] = [];
      let after: string | null = null;
      for (let i = 0; i < maxPages; i += 1) {
        const page = await fetchPage(after);
        if (stopped) return;
        if (!('nodes' in page)) {
          setState({ key, nodes: nodes.length ? nodes : null, error: page });
          return;
        }
        nodes.push(...page.nodes);
        if (!page.hasNextPage || !page.endCursor) break;
        after = page.endCursor;
      }
      setState({ key, nodes, error: null });
    })();
    return () => {
      stopped = true;
    };
    // fetchPage is a new function each render; `key` and `round` say when to start again.
  }, [key, round, maxPages]);
  const reload = useCallback(() => setRound((r) => r + 1), []);
  return state.key === key
    ? { nodes: state.nodes, error: state.error, reload }
    : { nodes: null, error: null, reload };
}
