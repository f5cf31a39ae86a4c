import { trace } from '@opentelemetry/api';
import pino, { type Logger } from 'pino';
import { format } from 'node:util';
import { currentRequestId } from './request-context';

export type { Logger } from 'pino';

/**
 * What never reaches a log line, wherever it sits in a logged object: credentials, secrets, the
 * internal identity and its signature, a ballot's choice, and people's personal data (names,
 * contacts, documents) beyond their ids.
 */
export const REDACTED_PATHS = [
  'authorization',
  'cookie',
  'token',
  'password',
  'secret',
  'apiKey',
  'x-api-key',
  'x-laurel-identity',
  'x-laurel-signature',
  'choice',
  'choices',
  'ballot',
  'fullName',
  'name',
  'email',
  'phone',
  'dateOfBirth',
  'idNumber',
  'content',
].flatMap((key) => [key, `*.${key}`, `*.*.${key}`, `*.*.*.${key}`].map((path) => pathOf(path)));

function pathOf(path: string): string {
  return path
    .split('.')
    .map((part) => (part === '*' || /^[A-Za-z_$][\w$]*$/.test(part) ? part : `["${part}"]`))
    .join('.')
    .replace(/\.\[/g, '[');
}

/** A bearer token, a JWT or an HMAC signature in free text (console output of libraries). */
const SECRETS_IN_TEXT = [/\beyJ[\w-]{4,}\.[\w-]{4,}\.[\w-]{4,}/g, /\b(Bearer\s+)\S+/gi, /\b[0-9a-f]{64}\b/gi];

/** Free text with anything that looks like a token or a signature replaced. */
export function scrub(text: string): string {
  return SECRETS_IN_TEXT.reduce((out, pattern) => out.replace(pattern, '[Redacted]'), text);
}

let root: Logger | undefined;

/**
 * The process's JSON logger (pino): level from LOG_LEVEL, `process` on every line, and the request
 * id and trace id of the request being served, when there is one.
 */
export function createLogger(processName: string, level = process.env.LOG_LEVEL ?? 'info'): Logger {
  root = pino({
    level,
    base: { process: processName },
    timestamp: pino.stdTimeFunctions.isoTime,
    redact: { paths: REDACTED_PATHS, censor: '[Redacted]' },
    formatters: { level: (label) => ({ level: label }) },
    mixin: () => {
      const requestId = currentRequestId();
      const span = trace.getActiveSpan()?.spanContext();
      return {
        ...(requestId ? { request_id: requestId } : {}),
        ...(span ? { trace_id: span.traceId, span_id: span.spanId } : {}),
      };
    },
  });
  return root;
}

/** The logger `createLogger` made (a quiet default before it, e.g. in unit tests). */
export function logger(): Logger {
  return (root ??= pino({ level: process.env.LOG_LEVEL ?? 'silent' }));
}

/**
 * `console.*` (ours and libraries') written as JSON lines through `log`, with tokens and
 * signatures in the text scrubbed: every line a process prints is one the collector can parse.
 */
export function routeConsole(log: Logger): void {
  const write =
    (level: 'debug' | 'info' | 'warn' | 'error') =>
    (...args: unknown[]): void => {
      const error = args.find((a): a is Error => a instanceof Error);
      const text = scrub(format(...args.map((a) => (a instanceof Error ? a.message : a))));
      if (error)
        log[level](
          { err: { type: error.name, message: scrub(error.message), stack: scrub(error.stack ?? '') } },
          text,
        );
      else log[level](text);
    };
  console.log = write('info');
  console.info = write('info');
  console.debug = write('debug');
  console.warn = write('warn');
  console.error = write('error');
}
