import { CombinedError } from '@urql/core';
import { renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useAllPages, type Page } from '../all-pages';

const pages: Record<string, Page<number>> = {
  start: { nodes: [1, 2], hasNextPage: true, endCursor: 'c2' },
  c2: { nodes: [3], hasNextPage: true, endCursor: 'c3' },
  c3: { nodes: [4], hasNextPage: false, endCursor: 'c4' },
};

describe('every page of a connection', () => {
  it('follows the cursors to the last page, then starts again for another key', async () => {
    const asked: (string | null)[] = [];
    const { result, rerender } = renderHook(
      ({ key }) =>
        useAllPages(async (after) => {
          asked.push(after);
          return key === 'a' ? pages[after ?? 'start']! : { nodes: [9], hasNextPage: false, endCursor: null };
        }, key),
      { initialProps: { key: 'a' } },
    );
    await waitFor(() => expect(result.current.nodes).toEqual([1, 2, 3, 4]));
    expect(asked).toEqual([null, 'c2', 'c3']);
    rerender({ key: 'b' });
    // Nothing of the other key's list while the new one loads.
    expect(result.current.nodes).toBeNull();
    await waitFor(() => expect(result.current.nodes).toEqual([9]));
  });

  it('stops at the error and reports it', async () => {
    const error = new CombinedError({ networkError: new Error('down') });
    const { result } = renderHook(() => useAllPages(async (after) => (after ? error : pages.start!), 'k'));
    await waitFor(() => expect(result.current.error).toBe(error));
    expect(result.current.nodes).toEqual([1, 2]);
  });
});
