// `npm run weight:web [-- --url http://127.0.0.1:4000 --subject admin --organization VN-T001 --runs 5]`
//
// 1. Weight: the JavaScript the first load fetches (index.html's scripts and module preloads),
//    gzip-compressed as the gateway serves it; fails above 300 KB (SPEC section 6).
// 2. Speed (with --url, against a running platform, e.g. `npm start` on the national dataset):
//    time from navigation to the dashboard's figures for an organization (by code) over its
//    newest applying campaign, in Debian's Chromium; the first run cold, the rest warm.
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';

const LIMIT_BYTES = 300 * 1024;
const dist = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'dist');
const { values } = parseArgs({
  options: {
    url: { type: 'string' },
    subject: { type: 'string', default: 'admin' },
    organization: { type: 'string', default: 'VN-T001' },
    runs: { type: 'string', default: '5' },
  },
});

function weight() {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const scripts = [
    ...html.matchAll(/<script[^>]+src="([^"]+)"/g),
    ...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g),
  ].map((m) => m[1]);
  let raw = 0;
  let compressed = 0;
  for (const src of new Set(scripts)) {
    const body = readFileSync(join(dist, src.replace(/^\//, '')));
    raw += body.length;
    compressed += gzipSync(body, { level: 9 }).length;
  }
  const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
  console.log(
    `first-load JavaScript: ${scripts.length} file(s), ${kb(raw)} raw, ${kb(compressed)} gzip (limit ${kb(LIMIT_BYTES)})`,
  );
  return compressed <= LIMIT_BYTES;
}

async function gql(url, token, query, variables) {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = await res.json();
  if (body.errors?.length) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

async function speed(url) {
  const res = await fetch(`${url}/auth/dev-token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ subject: values.subject }),
  });
  if (!res.ok) throw new Error(`dev-token answered ${res.status} (a development platform is needed)`);
  const { token, expiresAt } = await res.json();
  const { organizationByCode: org } = await gql(
    url,
    token,
    `query($c: String!) { organizationByCode(code: $c) { id name campaigns(applying: true, first: 1) { edges { node { id title } } } } }`,
    { c: values.organization },
  );
  const campaign = org?.campaigns.edges[0]?.node;
  if (!campaign)
    throw new Error(`${values.organization}: no such organization, or no campaign applies to it`);
  const path = `/o/${org.id}?campaign=${campaign.id}`;
  console.log(`dashboard: ${org.name} over "${campaign.title}" (${path})`);

  // Playwright gives the browser a fresh user-data-dir of its own.
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  try {
    const context = await browser.newContext({ baseURL: url });
    // Signed in already: the time measured is the dashboard's, not the sign-in page's.
    await context.addInitScript(
      ([t, e]) =>
        sessionStorage.setItem('laurel.session', JSON.stringify({ token: t, expiresAt: e, subject: '' })),
      [token, Date.parse(expiresAt)],
    );
    const times = [];
    for (let run = 0; run < Number(values.runs); run++) {
      const page = await context.newPage();
      await page.goto(path, { waitUntil: 'commit' });
      await page.getByTestId('report-total-registered').waitFor({ timeout: 60_000 });
      const ms = await page.evaluate(() => performance.now());
      const children = await page.getByTestId('report-child-row').count();
      times.push(ms);
      console.log(
        `run ${run + 1}${run === 0 ? ' (cold)' : ''}: figures after ${ms.toFixed(0)} ms (${children} child rows in the page)`,
      );
      await page.close();
    }
    const warm = times.slice(1).sort((a, b) => a - b);
    if (warm.length) console.log(`warm median: ${warm[Math.floor(warm.length / 2)].toFixed(0)} ms`);
  } finally {
    await browser.close();
  }
}

const light = weight();
if (values.url) await speed(values.url.replace(/\/$/, ''));
process.exit(light ? 0 : 1);
