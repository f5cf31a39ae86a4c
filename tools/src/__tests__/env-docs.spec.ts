import { ROOT } from '@laurel/launcher';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { README_MARKERS, tableCells } from '../env-docs';

describe("README's configuration table", () => {
  it('is what the zod environments declare (node tools/dist/env-docs.js prints it)', () => {
    const generated = execFileSync(process.execPath, [join(ROOT, 'tools', 'dist', 'env-docs.js')], {
      encoding: 'utf8',
      env: { PATH: process.env.PATH ?? '' },
    });
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const [begin, end] = README_MARKERS;
    const start = readme.indexOf(begin);
    const stop = readme.indexOf(end);
    expect(start).toBeGreaterThanOrEqual(0);
    expect(stop).toBeGreaterThan(start);
    const inReadme = tableCells(readme.slice(start + begin.length, stop));
    expect(inReadme.length).toBeGreaterThan(20);
    // When this fails: node tools/dist/env-docs.js, and paste its table between the markers.
    expect(inReadme).toEqual(tableCells(generated));
  });
});
