import { spawn } from 'node:child_process';
import { join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '..', '..', '..');
const STRONG = 'f3c1a9e07b5d48c2a6e19f0b7d3c5a8e2f4b6d8c0a1e3f5b7d9c2e4a6b8d0f1c';

/** Runs a process's entry point with `env` over a clean environment; its exit code and output. */
function run(
  script: string,
  env: Record<string, string>,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [join(ROOT, script)], {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('exit', (code) => done({ code, stdout, stderr }));
  });
}

const lines = (text: string) => text.trim().split('\n').filter(Boolean);

describe('what stops a start, said in one sentence (secrets in production, an unreachable DATABASE_URL)', () => {
  it('npm start refuses before starting anything, naming each secret and how to make one', async () => {
    const result = await run('tools/dist/start.js', {
      NODE_ENV: 'production',
      INTERNAL_SECRET: 'changeme-changeme-changeme-changeme',
      VOTING_SEALING_KEY: STRONG,
      // Nothing may be reached: the refusal comes first.
      DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none',
    });
    expect(result.code).toBe(1);
    expect(lines(result.stderr)).toEqual([
      '[laurel] cannot start: Laurel will not start in production with weak or missing secrets: AUTH_JWT_SECRET is not set; INTERNAL_SECRET looks like a placeholder; make each with `openssl rand -hex 32` (VOTING_SEALING_KEY: exactly that, 64 hex characters) and set it in the environment.',
    ]);
    expect(result.stdout).toBe('');
  });

  it('npm start says in one sentence that DATABASE_URL cannot be reached, without printing it', async () => {
    const result = await run('tools/dist/start.js', {
      DATABASE_URL: 'postgres://laurel:hunter2-password@127.0.0.1:1/laurel',
    });
    expect(result.code).toBe(1);
    expect(lines(result.stderr)).toEqual([
      '[laurel] cannot start: The PostgreSQL at DATABASE_URL cannot be used (connect ECONNREFUSED 127.0.0.1:1): check the address, the user and the database and that the server runs, or unset DATABASE_URL to use the embedded one.',
    ]);
    expect(result.stdout + result.stderr).not.toContain('hunter2');
  });

  it.each([
    [
      'voting',
      'services/voting/dist/main.js',
      ['INTERNAL_SECRET is not set', 'VOTING_SEALING_KEY is too short'],
    ],
    ['gateway', 'gateway/dist/main.js', ['INTERNAL_SECRET is not set', 'AUTH_JWT_SECRET is not set']],
    ['organizations', 'services/organizations/dist/main.js', ['INTERNAL_SECRET is not set']],
  ])('the %s process exits with one message and no stack trace', async (name, script, named) => {
    const result = await run(script, {
      NODE_ENV: 'production',
      VOTING_SEALING_KEY: 'abc',
      DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none',
    });
    expect(result.code).toBe(1);
    expect(result.stderr).not.toMatch(/^\s+at /m);
    expect(result.stderr.startsWith(`[${name}] cannot start: Invalid environment:`)).toBe(true);
    for (const problem of named) expect(result.stderr).toContain(problem);
    expect(result.stderr).toContain('make each with `openssl rand -hex 32`');
  });
});
