/**
 * A start-up failure the person starting Laurel can act on: its message is one sentence that
 * says what went wrong and what to do, printed as it is (never with a stack trace).
 */
export class StartupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StartupError';
  }
}

/** What a process prints when it cannot start: the sentence of a known failure, else the message. */
export function describeStartupFailure(error: unknown): string {
  if (error instanceof StartupError) return error.message;
  if (error instanceof Error && error.name === 'EnvError') return error.message;
  return error instanceof Error ? error.message : String(error);
}
