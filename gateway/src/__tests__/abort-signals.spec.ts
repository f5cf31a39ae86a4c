import { getEventListeners } from 'node:events';
import { createRequire } from 'node:module';
import { anyAbortSignal, installAbortSignalAny } from '../abort-signals';

describe('anyAbortSignal', () => {
  it('aborts when any source aborts, with that source’s reason', () => {
    const a = new AbortController();
    const b = new AbortController();
    const combined = anyAbortSignal([a.signal, b.signal])!;
    const other = anyAbortSignal([a.signal, new AbortController().signal])!;
    expect(combined.aborted).toBe(false);
    b.abort(new Error('client went away'));
    expect(combined.aborted).toBe(true);
    expect((combined.reason as Error).message).toBe('client went away');
    // Only the signals that follow b.
    expect(other.aborted).toBe(false);
    a.abort('disposed');
    expect(other.reason).toBe('disposed');
  });

  it('returns a source that is already aborted, the lone source, and nothing for none', () => {
    const done = AbortSignal.abort('gone');
    const live = new AbortController().signal;
    expect(anyAbortSignal([live, done])).toBe(done);
    expect(anyAbortSignal([live])).toBe(live);
    expect(anyAbortSignal([])).toBeUndefined();
  });

  it('adds one listener to a long-lived source however many signals follow it', () => {
    const disposed = new AbortController();
    const followers: AbortSignal[] = [];
    for (let i = 0; i < 5_000; i++) {
      const request = new AbortController();
      followers.push(anyAbortSignal([disposed.signal, request.signal])!);
      request.abort();
    }
    expect(getEventListeners(disposed.signal, 'abort')).toHaveLength(1);
    disposed.abort('shutdown');
    // Those whose request already aborted keep that reason; all are aborted.
    expect(followers.every((s) => s.aborted)).toBe(true);
  });

  it('is what the gateway runtime’s packages call once installed', () => {
    installAbortSignalAny();
    const hiveSignal = createRequire(require.resolve('@graphql-hive/gateway-runtime'))(
      '@graphql-hive/signal',
    ) as {
      abortSignalAny: unknown;
    };
    expect(hiveSignal.abortSignalAny).toBe(anyAbortSignal);
  });
});
