/**
 * `BENCH_PROFILE=1`: loaded into every platform process (NODE_OPTIONS=--require), it starts V8's
 * CPU profiler at the first SIGUSR2 and writes `<dir>/<pid>-<process>.cpuprofile` at the second,
 * so the bench profiles exactly its timed section (open the files in Chrome DevTools, or read
 * them with `node test/dist/bench/profile-summary.js <file>`).
 */
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector';
import { basename, join } from 'node:path';

const dir = process.env.BENCH_PROFILE_DIR ?? '/tmp';
// …/services/voting/dist/main.js → voting; …/gateway/dist/main.js → gateway
const script = (process.argv[1] ?? 'node').split('/');
const service = script[script.lastIndexOf('dist') - 1] ?? basename(process.argv[1] ?? 'node');
let session: Session | null = null;

process.on('SIGUSR2', () => {
  if (!session) {
    session = new Session();
    session.connect();
    session.post('Profiler.enable', () => session?.post('Profiler.start'));
    return;
  }
  const running = session;
  session = null;
  running.post('Profiler.stop', (error, result) => {
    if (!error)
      writeFileSync(join(dir, `${process.pid}-${service}.cpuprofile`), JSON.stringify(result.profile));
    running.disconnect();
  });
});
