import { createRequire } from 'node:module';

interface Followers {
  /** The controllers of the signals that follow this source, held weakly. */
  controllers: Set<WeakRef<AbortController>>;
  /** The size at which dead references are swept out next. */
  sweepAt: number;
}

const followersOf = new WeakMap<AbortSignal, Followers>();
/** Each combined signal keeps its controller alive; the sources hold it only weakly. */
const controllerOf = new WeakMap<AbortSignal, AbortController>();

/**
 * One signal that aborts when any of `signals` does (what `AbortSignal.any` does), with one
 * `abort` listener per source whatever the number of signals following it, and nothing kept for
 * a combined signal once it is garbage collected.
 *
 * Why not the others: the gateway runtime combines every subgraph call's signals with its
 * executor's long-lived "disposed" signal through @graphql-hive/signal's `abortSignalAny`, which
 * adds a listener to each source and removes it only when the combined signal is collected, so
 * listeners pile up on the long-lived signal (Node's MaxListenersExceededWarning) and Node's
 * `addEventListener` walks them all on every add (about 7% of the gateway's CPU with reports at
 * 200/s). Node 20's `AbortSignal.any` keeps one weak reference per combined signal in each
 * source and never drops the dead ones: memory grows with every request.
 */
export function anyAbortSignal(signals: AbortSignal[]): AbortSignal | undefined {
  if (signals.length === 0) return undefined;
  if (signals.length === 1) return signals[0];
  for (const signal of signals) if (signal.aborted) return signal;
  const controller = new AbortController();
  controllerOf.set(controller.signal, controller);
  const reference = new WeakRef(controller);
  for (const source of signals) {
    let followers = followersOf.get(source);
    if (!followers) {
      const created: Followers = { controllers: new Set(), sweepAt: 64 };
      followersOf.set(source, created);
      source.addEventListener(
        'abort',
        () => {
          for (const follower of created.controllers) follower.deref()?.abort(source.reason);
          created.controllers.clear();
        },
        { once: true },
      );
      followers = created;
    }
    followers.controllers.add(reference);
    if (followers.controllers.size >= followers.sweepAt) {
      for (const follower of followers.controllers)
        if (follower.deref() === undefined) followers.controllers.delete(follower);
      // Amortised: the next sweep waits until the live ones have doubled.
      followers.sweepAt = Math.max(64, followers.controllers.size * 2);
    }
  }
  return controller.signal;
}

/**
 * Makes the gateway runtime's packages combine signals with `anyAbortSignal`: they call
 * `abortSignalAny` on @graphql-hive/signal's CommonJS exports at each use, so replacing it there
 * reaches every caller. Idempotent.
 */
export function installAbortSignalAny(): void {
  const hiveSignal = createRequire(__filename)('@graphql-hive/signal') as {
    abortSignalAny: typeof anyAbortSignal;
  };
  hiveSignal.abortSignalAny = anyAbortSignal;
}
