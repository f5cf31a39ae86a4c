import type { SpanExporter } from '@opentelemetry/sdk-trace-base';
import type * as SdkTraceNodeModule from '@opentelemetry/sdk-trace-node';
import type * as ResourcesModule from '@opentelemetry/resources';
import type * as InstrumentationModule from '@opentelemetry/instrumentation';
import type * as InstrumentationHttpModule from '@opentelemetry/instrumentation-http';
import type * as InstrumentationPgModule from '@opentelemetry/instrumentation-pg';
import type * as ExporterTraceOtlpHttpModule from '@opentelemetry/exporter-trace-otlp-http';

export interface TracingOptions {
  /** `service.name` of every span (e.g. `laurel-gateway`). */
  serviceName: string;
  /** Where spans go; default: OTLP over HTTP to OTEL_EXPORTER_OTLP_ENDPOINT. */
  exporter?: SpanExporter;
  /** The share of new traces sampled, 0 to 1; default OTEL_TRACES_SAMPLER_ARG or 1. */
  ratio?: number;
  /** Export each span as it ends (tests) rather than in batches. */
  simple?: boolean;
}

let started = false;

/** Whether this process records traces. */
export function tracingEnabled(): boolean {
  return started;
}

/**
 * OpenTelemetry traces for this process, when OTEL_EXPORTER_OTLP_ENDPOINT is set (or an exporter
 * is given); otherwise nothing is loaded and nothing costs. Must run before `pg` and `http` are
 * loaded (see preload.ts): the instrumentations patch them as they load. Incoming requests
 * continue the caller's W3C trace context (`traceparent`), outgoing ones carry it on.
 */
export function startTracing(options: TracingOptions): boolean {
  if (started) return true;
  const endpoint = process.env.OTEL_EXPORTER_OTLP_ENDPOINT;
  if (!options.exporter && !endpoint) return false;
  started = true;
  // Loaded only when tracing is on: off, the SDK is never required.
  /* eslint-disable @typescript-eslint/no-require-imports */
  const {
    NodeTracerProvider,
    BatchSpanProcessor,
    SimpleSpanProcessor,
    ParentBasedSampler,
    TraceIdRatioBasedSampler,
  } = require('@opentelemetry/sdk-trace-node') as typeof SdkTraceNodeModule;
  const { resourceFromAttributes } = require('@opentelemetry/resources') as typeof ResourcesModule;
  const { registerInstrumentations } =
    require('@opentelemetry/instrumentation') as typeof InstrumentationModule;
  const { HttpInstrumentation } =
    require('@opentelemetry/instrumentation-http') as typeof InstrumentationHttpModule;
  const { PgInstrumentation } =
    require('@opentelemetry/instrumentation-pg') as typeof InstrumentationPgModule;
  const exporter =
    options.exporter ??
    new (
      require('@opentelemetry/exporter-trace-otlp-http') as typeof ExporterTraceOtlpHttpModule
    ).OTLPTraceExporter();
  /* eslint-enable @typescript-eslint/no-require-imports */
  const ratio = options.ratio ?? samplerRatio(process.env.OTEL_TRACES_SAMPLER_ARG);
  const provider = new NodeTracerProvider({
    resource: resourceFromAttributes({
      'service.name': process.env.OTEL_SERVICE_NAME ?? options.serviceName,
    }),
    // A trace is sampled where it starts (the gateway); every hop below follows its decision.
    sampler: new ParentBasedSampler({ root: new TraceIdRatioBasedSampler(ratio) }),
    spanProcessors: [options.simple ? new SimpleSpanProcessor(exporter) : new BatchSpanProcessor(exporter)],
  });
  // The W3C trace-context propagator and an AsyncLocalStorage context manager.
  provider.register();
  registerInstrumentations({
    instrumentations: [
      new HttpInstrumentation({
        // Probes and scrapes are not traces worth keeping.
        ignoreIncomingRequestHook: (req) => /^\/(healthz|readyz|metrics)\b/.test(req.url ?? ''),
        // Header values are never recorded (the identity, its signature, tokens).
        headersToSpanAttributes: { client: { requestHeaders: [], responseHeaders: [] } },
      }),
      // Statements without their values (`enhancedDatabaseReporting` off): no ballot, no person.
      new PgInstrumentation({ enhancedDatabaseReporting: false }),
    ],
  });
  const flush = () => void provider.shutdown().catch(() => undefined);
  process.once('beforeExit', flush);
  return true;
}

/** OTEL_TRACES_SAMPLER_ARG as a ratio in [0, 1]; 1 when absent or not a number. */
export function samplerRatio(value: string | undefined): number {
  const ratio = value === undefined || value === '' ? 1 : Number(value);
  return Number.isFinite(ratio) ? Math.min(1, Math.max(0, ratio)) : 1;
}
