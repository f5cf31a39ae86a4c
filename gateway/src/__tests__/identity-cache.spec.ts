import { IdentityCache } from '../identity-cache';

// The clock is Jest's: windows of a few milliseconds inside a 200 ms ceiling must not depend on
// how loaded the machine is (a real timer overshot them under a busy CI).
const wait = (ms: number) => jest.advanceTimersByTimeAsync(ms);
beforeEach(() => jest.useFakeTimers({ doNotFake: ['nextTick', 'queueMicrotask', 'setImmediate'] }));
afterEach(() => jest.useRealTimers());

function counter() {
  let calls = 0;
  let answer = 'v1';
  return {
    load: () => {
      calls++;
      return Promise.resolve(answer);
    },
    set: (value: string) => (answer = value),
    calls: () => calls,
  };
}

/** A started cache whose generation never moves, stopped after `use`. */
async function withCache(
  options: { ttlMs?: number },
  use: (cache: IdentityCache<string>) => Promise<void>,
): Promise<void> {
  const cache = new IdentityCache<string>({ readGeneration: () => Promise.resolve('1'), ...options });
  await cache.start();
  try {
    await use(cache);
  } finally {
    cache.stop();
  }
}

describe('IdentityCache', () => {
  it('reuses an answer while the generation stays, and drops everything when it moves', async () => {
    let generation = '1';
    const cache = new IdentityCache<string>({
      readGeneration: () => Promise.resolve(generation),
      pollMs: 10,
    });
    await cache.start();
    try {
      const source = counter();
      expect(await cache.get('s:a', source.load)).toBe('v1');
      expect(await cache.get('s:a', source.load)).toBe('v1');
      expect(source.calls()).toBe(1);
      // Another credential is its own entry.
      await cache.get('s:b', source.load);
      expect(source.calls()).toBe(2);

      source.set('v2'); // e.g. a role revoked through another gateway
      generation = '2';
      await wait(40);
      expect(await cache.get('s:a', source.load)).toBe('v2');
      expect(source.calls()).toBe(3);
    } finally {
      cache.stop();
    }
  });

  it('shares one lookup among concurrent callers', async () => {
    await withCache({}, async (cache) => {
      let calls = 0;
      const load = async () => {
        calls++;
        await wait(20);
        return 'x';
      };
      const answers = await Promise.all(Array.from({ length: 20 }, () => cache.get('s:a', load)));
      expect(answers).toEqual(Array(20).fill('x'));
      expect(calls).toBe(1);
    });
  });

  it('does not keep a lookup that was in flight when the cache was flushed', async () => {
    await withCache({}, async (cache) => {
      let answer = 'before';
      let calls = 0;
      const load = async () => {
        calls++;
        const value = answer;
        await wait(20);
        return value;
      };
      const inFlight = cache.get('s:a', load);
      cache.flush(); // a mutation changed the identity while the lookup ran
      answer = 'after';
      expect(await inFlight).toBe('before');
      expect(await cache.get('s:a', load)).toBe('after');
      expect(calls).toBe(2);
    });
  });

  it('caches nothing while the generation cannot be read, and forgets failures', async () => {
    let up = false;
    const cache = new IdentityCache<string>({
      readGeneration: () => (up ? Promise.resolve('1') : Promise.reject(new Error('down'))),
      pollMs: 10,
    });
    await cache.start();
    try {
      const source = counter();
      await cache.get('s:a', source.load);
      await cache.get('s:a', source.load);
      expect(cache.enabled).toBe(false);
      expect(source.calls()).toBe(2);

      up = true;
      await wait(40);
      expect(cache.enabled).toBe(true);
      await expect(cache.get('s:b', () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
      expect(await cache.get('s:b', () => Promise.resolve('ok'))).toBe('ok');
    } finally {
      cache.stop();
    }
  });
});

describe('IdentityCache refreshes ahead', () => {
  it('serves an entry while a background lookup replaces it, and never past its age ceiling', async () => {
    await withCache({ ttlMs: 200 }, async (cache) => {
      let answer = 'v1';
      let calls = 0;
      let release: (() => void) | undefined;
      const load = async () => {
        calls++;
        const value = answer;
        if (calls > 1) await new Promise<void>((r) => (release = r));
        return value;
      };
      expect(await cache.get('s:a', load)).toBe('v1');
      answer = 'v2';
      await wait(185); // past any refresh point (at most nine tenths of 200 ms), within 200 ms
      // Served at once from the entry; one background lookup has started.
      expect(await cache.get('s:a', load)).toBe('v1');
      expect(await cache.get('s:a', load)).toBe('v1');
      expect(calls).toBe(2);
      release!();
      await wait(5);
      expect(await cache.get('s:a', load)).toBe('v2');
      expect(calls).toBe(2);
    });
  });

  it('keeps the current answer when the background lookup fails, and drops it at the ceiling', async () => {
    await withCache({ ttlMs: 200 }, async (cache) => {
      let calls = 0;
      const load = () =>
        ++calls === 2 ? Promise.reject(new Error('organizations down')) : Promise.resolve(`v${calls}`);
      expect(await cache.get('s:a', load)).toBe('v1');
      await wait(185);
      expect(await cache.get('s:a', load)).toBe('v1'); // starts the failing refresh
      await wait(1);
      expect(await cache.get('s:a', load)).toBe('v1'); // the refresh failed: tried again
      expect(calls).toBe(3);
      await wait(30); // past 200 ms: the entry is gone, whatever was refreshed is newer
      expect(await cache.get('s:a', load)).toBe('v3');
    });
  });

  it('does not put a background answer in place after a flush', async () => {
    await withCache({ ttlMs: 200 }, async (cache) => {
      let answer = 'before';
      let release: (() => void) | undefined;
      let calls = 0;
      const load = async () => {
        calls++;
        const value = answer;
        if (calls === 2) await new Promise<void>((r) => (release = r));
        return value;
      };
      await cache.get('s:a', load);
      await wait(185);
      void cache.get('s:a', load); // background lookup reading 'before'
      cache.flush();
      answer = 'after';
      release!();
      await wait(5);
      expect(await cache.get('s:a', load)).toBe('after');
    });
  });
});
