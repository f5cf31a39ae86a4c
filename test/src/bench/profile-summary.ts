/**
 * `node test/dist/bench/profile-summary.js <file.cpuprofile> [top]`: where a V8 CPU profile's
 * time went, by package (node_modules/<name>, node:internals, or the project's own code) and by
 * function (self time), as percentages of the profile's non-idle samples.
 */
import { readFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const IDLE = new Set(['(idle)', '(program)', '(garbage collector)']);

function packageOf(url: string): string {
  const modules = url.lastIndexOf('node_modules/');
  if (modules >= 0) {
    const rest = url.slice(modules + 'node_modules/'.length).split('/');
    return rest[0]!.startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0]!;
  }
  if (url.startsWith('node:') || url === '') return 'node (internals, natives)';
  const laurel = /\/(services|libs|gateway|tools)\/([^/]+)\//.exec(url);
  return laurel ? `laurel ${laurel[1]}/${laurel[2]}` : url;
}

function summarize(file: string, top: number): void {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<number, number>();
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  let busy = 0;
  let gc = 0;
  const byPackage = new Map<string, number>();
  const byFunction = new Map<string, number>();
  for (const [id, micros] of self) {
    const frame = byId.get(id)!.callFrame;
    if (frame.functionName === '(garbage collector)') gc += micros;
    if (IDLE.has(frame.functionName) && frame.functionName !== '(garbage collector)') continue;
    busy += micros;
    const pkg = frame.functionName === '(garbage collector)' ? '(garbage collector)' : packageOf(frame.url);
    byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + micros);
    const fn = `${frame.functionName || '(anonymous)'} ${frame.url.split('/').slice(-2).join('/')}:${frame.lineNumber + 1}`;
    byFunction.set(fn, (byFunction.get(fn) ?? 0) + micros);
  }
  const pct = (v: number) => `${((v / busy) * 100).toFixed(1).padStart(5)}%`;
  console.log(`${file}: ${(busy / 1000).toFixed(0)} ms busy (GC ${(gc / 1000).toFixed(0)} ms)`);
  console.log('  by package:');
  for (const [name, v] of [...byPackage].sort(([, a], [, b]) => b - a).slice(0, top))
    console.log(`    ${pct(v)}  ${name}`);
  console.log('  by function (self):');
  for (const [name, v] of [...byFunction].sort(([, a], [, b]) => b - a).slice(0, top))
    console.log(`    ${pct(v)}  ${name}`);
}

const [file, top] = process.argv.slice(2);
if (!file) throw new Error('usage: profile-summary <file.cpuprofile> [top]');
summarize(file, Number(top ?? 25));
