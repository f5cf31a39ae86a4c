import { basename, resolve } from 'node:path';
import { startTracing } from './tracing';

/**
 * Imported first by every process's main.ts, before anything loads `pg` or `http`: starts
 * tracing when OTEL_EXPORTER_OTLP_ENDPOINT is set. The process is named after its folder
 * (`services/voting/dist/main.js` → `laurel-voting`) unless OTEL_SERVICE_NAME says otherwise.
 */
const folder = process.argv[1] ? basename(resolve(process.argv[1], '..', '..')) : 'process';
startTracing({ serviceName: `laurel-${folder}` });
