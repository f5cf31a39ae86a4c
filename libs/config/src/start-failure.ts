import { describeStartupFailure } from './startup-error';

/**
 * The exit code of a process that could not listen because its port is taken (Linux's errno for
 * EADDRINUSE), so that the launcher can say so rather than probe whoever holds the port.
 */
export const EXIT_ADDRESS_IN_USE = 98;

/**
 * The end of a process whose start-up failed: one line on stderr and a non-zero exit (98 when
 * its port is taken). The stack is printed only with LOG_LEVEL=debug or trace.
 */
export function exitOnStartFailure(processName: string): (error: unknown) => never {
  // Straight to stderr, a plain sentence for whoever starts the process (console may by then
  // write JSON lines for the log collector).
  const say = (line: string) => process.stderr.write(`${line}\n`);
  return (error: unknown) => {
    const failure = error as (NodeJS.ErrnoException & { address?: string; port?: number }) | undefined;
    if (failure?.code === 'EADDRINUSE') {
      say(
        `[${processName}] cannot listen on ${failure.address ?? '0.0.0.0'}:${failure.port ?? '?'}: the port is in use by another process; stop it or set PORT to a free port`,
      );
      process.exit(EXIT_ADDRESS_IN_USE);
    }
    if (failure?.code === 'EACCES' && failure.syscall === 'listen') {
      say(
        `[${processName}] may not listen on port ${failure.port ?? '?'} (ports below 1024 need privileges): set PORT to 1024 or above`,
      );
      process.exit(1);
    }
    say(`[${processName}] failed to start: ${describeStartupFailure(error)}`);
    if (process.env.LOG_LEVEL === 'debug' || process.env.LOG_LEVEL === 'trace')
      say(error instanceof Error ? (error.stack ?? error.message) : String(error));
    process.exit(1);
  };
}

/** The header `/readyz` answers with: the instance the launcher gave this process (LAUREL_INSTANCE). */
export const INSTANCE_HEADER = 'x-laurel-instance';
