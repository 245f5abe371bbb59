// Shared pieces of the browser tests: the server under test, a headless
// Chromium, and checks every page should pass (console, CSP, axe-core).
//
// Environment (set by ctest, see tests/CMakeLists.txt):
//   CASEREVIEW_BIN           the built `casereview` executable (required)
//   CASEREVIEW_WEB_DIR       web/, whose node_modules holds playwright-core and
//                            axe-core and whose dist/ is the built app
//                            (default: ../../web beside this file)
//   CASEREVIEW_ARTIFACT_DIR  where screenshots go (default: $TMPDIR/casereview-e2e-artifacts)

import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import { createHmac } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { after, before } from 'node:test';

const here = path.dirname(fileURLToPath(import.meta.url));

export const webDir = path.resolve(process.env.CASEREVIEW_WEB_DIR ?? path.join(here, '..', '..', 'web'));

// playwright-core and axe-core are installed in web/node_modules, which
// module resolution from tests/e2e does not search.
const requireFromWeb = createRequire(path.join(webDir, 'package.json'));

/** Where a test saves `name` (a screenshot); creates the directory on first use. */
export function artifactPath(name) {
  const dir = process.env.CASEREVIEW_ARTIFACT_DIR ?? path.join(tmpdir(), 'casereview-e2e-artifacts');
  mkdirSync(dir, { recursive: true });
  return path.join(dir, name);
}

const serverStartTimeoutMs = 15_000;
const serverStopTimeoutMs = 5_000;

/**
 * Starts `casereview serve` on a free loopback port with a fresh data
 * directory and the built app. Resolves once the server has printed its
 * address; `stop()` sends SIGTERM, waits for the exit and removes the data.
 */
/**
 * Options: `demo` loads the fictional demo partnership first; `copyOf` serves
 * a copy of a data directory made by `casereview demo` (its demo.txt gives
 * the accounts); `serveArgs` are added to `casereview serve`.
 */
export async function startServer({ demo = false, copyOf = null, serveArgs = [] } = {}) {
  const bin = process.env.CASEREVIEW_BIN;
  if (!bin) throw new Error('CASEREVIEW_BIN is not set: point it at the built casereview executable');
  const dist = path.join(webDir, 'dist');
  if (!existsSync(path.join(dist, 'index.html'))) {
    throw new Error(`${dist}/index.html is missing: run \`npm ci && npm run build\` in ${webDir}`);
  }

  const dataDir = mkdtempSync(path.join(tmpdir(), 'casereview-e2e-data-'));
  let accounts = null;
  if (copyOf) {
    cpSync(copyOf, dataDir, { recursive: true });
    accounts = parseDemoOutput(readFileSync(path.join(copyOf, 'demo.txt'), 'utf8'));
  } else if (demo) {
    accounts = parseDemoOutput(execFileSync(bin, ['demo', '--data-dir', dataDir], { encoding: 'utf8' }));
  }
  const child = spawn(
    bin,
    ['serve', '--listen', '127.0.0.1:0', '--data-dir', dataDir, '--web-dir', dist, ...serveArgs],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));

  let stderr = '';
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (chunk) => {
    stderr += chunk;
  });

  const cleanUp = () => rmSync(dataDir, { recursive: true, force: true });

  let baseUrl;
  try {
    baseUrl = await new Promise((resolve, reject) => {
      const lines = createInterface({ input: child.stdout });
      const timer = setTimeout(
        () => reject(new Error(`server printed no address within ${serverStartTimeoutMs} ms`)),
        serverStartTimeoutMs,
      );
      lines.once('line', (line) => {
        clearTimeout(timer);
        const match = /^listening on (http:\/\/127\.0\.0\.1:\d+)\s*$/.exec(line);
        if (match) resolve(match[1]);
        else reject(new Error(`unexpected first line from the server: ${JSON.stringify(line)}`));
      });
      child.once('error', (error) => {
        clearTimeout(timer);
        reject(error);
      });
      exited.then(({ code, signal }) => {
        clearTimeout(timer);
        reject(new Error(`server exited before listening (code ${code}, signal ${signal})`));
      });
    });
  } catch (error) {
    child.kill('SIGKILL');
    await exited;
    cleanUp();
    throw new Error(`${error.message}\n--- server stderr ---\n${stderr}`);
  }

  return {
    baseUrl,
    /** With `demo`: the demo users by email, {role, password, totpSecret?}. */
    accounts,
    /** Everything the server wrote to stderr so far (its log). */
    log: () => stderr,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), serverStopTimeoutMs);
      const { code, signal } = await exited;
      clearTimeout(timer);
      cleanUp();
      return { code, signal };
    },
  };
}

const monthNames = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];

/** The civil date ("YYYY-MM-DD") `days` after `civil` (before, if negative). */
export function addDays(civil, days) {
  const [year, month, day] = civil.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}

/** "2026-10-01" as the app writes it: "1 October 2026". */
export function dateInWords(civil) {
  const [year, month, day] = civil.split('-').map(Number);
  return `${day} ${monthNames[month - 1]} ${year}`;
}

/** Today in the UK as "YYYY-MM-DD", by this process's clock (the server's). */
export function todayInLondon() {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(new Date());
}

/** Types civil date `civil` ("YYYY-MM-DD") into the GOV.UK date group `name` within `scope`. */
export async function fillDate(scope, name, civil) {
  const [year, month, day] = civil.split('-').map(Number);
  const group = scope.getByRole('group', { name });
  await group.getByLabel('Day').fill(String(day));
  await group.getByLabel('Month').fill(String(month));
  await group.getByLabel('Year').fill(String(year));
}

/**
 * Launches Debian's Chromium headless; playwright-core never downloads a
 * browser. Under `make test-dates` this process and the server run under
 * libfaketime; Chromium does not (it is kept out of LD_PRELOAD), and each
 * context's page clock is set to this process's time instead (newContext).
 */
export async function launchBrowser() {
  const { chromium } = requireFromWeb('playwright-core');
  const env = { ...process.env };
  for (const name of ['LD_PRELOAD', 'FAKETIME', 'FAKETIME_DONT_RESET', 'FAKETIME_NO_CACHE']) delete env[name];
  return chromium.launch({
    executablePath: process.env.CASEREVIEW_CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    env,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/**
 * A new browser context (`options` as for browser.newContext) whose pages
 * keep the server's time: their clock starts at this process's now, which is
 * the server's (both run under the same faketime, or neither does), and runs on.
 */
export async function newContext(browser, options = {}) {
  const context = await browser.newContext(options);
  await context.clock.install({ time: Date.now() });
  return context;
}

/**
 * Records what a page did wrong: console errors (Chromium reports CSP
 * violations there), uncaught exceptions, Content-Security-Policy violation
 * events, failed or 4xx/5xx requests and any request to another origin.
 * Call before the first navigation; read `problems` after the checks.
 */
export async function watchPage(page, baseUrl) {
  const origin = new URL(baseUrl).origin;
  const problems = [];

  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught exception: ${error.message}`));
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith('data:') && new URL(url).origin !== origin) {
      problems.push(`request to another origin: ${url}`);
    }
  });
  page.on('requestfailed', (request) => {
    const reason = request.failure()?.errorText ?? 'unknown';
    // Cancelled on purpose: by leaving the page, or by the app's AbortController
    // when newer input or a newer page makes an answer moot.
    if (reason === 'net::ERR_ABORTED') return;
    problems.push(`request failed: ${request.url()} (${reason})`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()} for ${response.url()}`);
  });

  // Runs before any page script, outside the page's CSP.
  await page.exposeBinding('__casereviewCspViolation', (_source, text) =>
    problems.push(`CSP violation: ${text}`),
  );
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      window.__casereviewCspViolation(`${event.violatedDirective} blocked ${event.blockedURI || 'inline code'}`);
    });
  });

  return { problems };
}

const axeTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * Rules run besides the WCAG ones: `region` (everything on the page is inside
 * a landmark), a best practice the GOV.UK template keeps and axe leaves out
 * of the WCAG tags.
 */
const axeRulesBesides = { region: { enabled: true } };

/**
 * Runs axe-core against the page for WCAG 2.2 AA (and axeRulesBesides) and
 * returns its violations. The page's CSP blocks inline scripts, so axe's
 * source goes in through the DevTools protocol (page.evaluate), which the CSP
 * does not govern.
 */
export async function runAxe(page) {
  const source = readFileSync(requireFromWeb.resolve('axe-core/axe.min.js'), 'utf8');
  await page.evaluate(source);
  const results = await page.evaluate(
    ({ tags, rules }) => window.axe.run(document, { runOnly: { type: 'tag', values: tags }, rules, resultTypes: ['violations'] }),
    { tags: axeTags, rules: axeRulesBesides },
  );
  return results.violations;
}

/** axe violations as lines a person can act on. */
export function formatViolations(violations) {
  return violations
    .map((violation) => {
      const nodes = violation.nodes
        .map((node) => `    at ${node.target.join(' ')}\n      ${node.failureSummary?.replace(/\n/g, '\n      ')}`)
        .join('\n');
      return `  ${violation.id} (${violation.impact}): ${violation.help}\n    ${violation.helpUrl}\n${nodes}`;
    })
    .join('\n');
}

/**
 * The users `casereview demo` printed, by email: {role, agency, password}
 * and, for the admin, the TOTP secret of their second factor.
 */
function parseDemoOutput(out) {
  const accounts = {};
  for (const line of out.split('\n')) {
    const match = /^(\w+)(?: \((\w+)\))?\s+(\S+@\S+)\s+(\S+)\s*$/.exec(line);
    if (match) accounts[match[3]] = { role: match[1], agency: match[2] ?? null, password: match[4] };
    const totp = /^otpauth:\/\/totp\/casereview:([^?]+)\?secret=([A-Z2-7]+)/.exec(line);
    if (totp) accounts[decodeURIComponent(totp[1])].totpSecret = totp[2];
  }
  if (Object.keys(accounts).length === 0) throw new Error(`no users in the demo's output:\n${out}`);
  return accounts;
}

function base32Decode(text) {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let bits = '';
  for (const char of text) bits += alphabet.indexOf(char).toString(2).padStart(5, '0');
  const bytes = [];
  for (let i = 0; i + 8 <= bits.length; i += 8) bytes.push(parseInt(bits.slice(i, i + 8), 2));
  return Buffer.from(bytes);
}

/** The RFC 6238 code (SHA-1, 6 digits, 30 s) of `secret` (base32) now. */
function totpCode(secret, at = Date.now()) {
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(Math.floor(at / 30_000)));
  const mac = createHmac('sha1', base32Decode(secret)).update(counter).digest();
  const offset = mac[mac.length - 1] & 0x0f;
  const value = (mac.readUInt32BE(offset) & 0x7fffffff) % 1_000_000;
  return String(value).padStart(6, '0');
}

const lastStepUsed = new Map();

/**
 * A code of `secret` that the server has not yet accepted: it takes each
 * 30-second step's code once only (RFC 6238 section 5.2), so when this
 * process has already used the current step, this waits for the next.
 */
export async function freshTotpCode(secret) {
  const step = () => Math.floor(Date.now() / 30_000);
  const used = lastStepUsed.get(secret);
  while (used !== undefined && step() <= used) {
    await new Promise((resolve) => setTimeout(resolve, (used + 1) * 30_000 - Date.now() + 50));
  }
  lastStepUsed.set(secret, step());
  return totpCode(secret);
}

/**
 * A new browser context signed in as demo user `email` through the sign-in
 * page (with the second factor when the account has one); returns
 * {context, page, watcher} on "Your work". Close the context when done.
 */
export async function signInAs(browser, server, email, { viewport = { width: 1280, height: 900 } } = {}) {
  const account = server.accounts?.[email];
  if (!account) throw new Error(`${email} is not a demo user`);
  const context = await newContext(browser, { viewport });
  const page = await context.newPage();
  const watcher = await watchPage(page, server.baseUrl);
  await page.goto(new URL('/sign-in', server.baseUrl).href);
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Password').fill(account.password);
  if (account.totpSecret) await page.getByLabel('Code from your authenticator app').fill(await freshTotpCode(account.totpSecret));
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('heading', { level: 1, name: 'Your work' }).waitFor();
  await page.locator('[data-testid="dashboard"][data-ready="true"]').waitFor();
  return { context, page, watcher };
}

/**
 * Calls the API from inside the page, with its session and CSRF token;
 * resolves to {status, etag, body} (body parsed from JSON, null if empty).
 */
export async function api(page, method, path, { body, headers = {} } = {}) {
  return page.evaluate(
    async ({ method, path, body, headers }) => {
      const session = await (await fetch('/api/session')).json();
      const response = await fetch(path, {
        method,
        headers: {
          'Content-Type': 'application/json',
          'X-CSRF-Token': session.csrf_token,
          ...headers,
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      const text = await response.text();
      return { status: response.status, etag: response.headers.get('ETag'), body: text ? JSON.parse(text) : null };
    },
    { method, path, body, headers },
  );
}

/** GETs an API path with the page's session; fails unless it answers 200, else resolves to its JSON. */
export async function apiGet(page, path) {
  const { status, body } = await api(page, 'GET', path);
  assert.equal(status, 200, `GET ${path}: HTTP ${status} ${JSON.stringify(body)}`);
  return body;
}

/** Fails with axe-core's findings unless the page has no WCAG 2.2 AA violations. */
export async function assertAccessible(page, what) {
  const violations = await runAxe(page);
  if (violations.length > 0) {
    throw new Error(`axe-core found WCAG violations on ${what}:\n${formatViolations(violations)}`);
  }
}

/** Fails unless the page fits 320 CSS pixels without scrolling sideways (WCAG 1.4.10). */
export async function assertNoSidewaysScroll(page, what) {
  const widths = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    client: document.documentElement.clientWidth,
  }));
  if (widths.scroll > widths.client) {
    throw new Error(`${what} scrolls sideways: ${widths.scroll} px of content in ${widths.client} px`);
  }
}

/**
 * For the enclosing describe(): before its tests, starts one server with the
 * demo data (`options` as for startServer) and one browser, and hands them to
 * `ready(server, browser)`; after them, closes the browser and checks that the
 * server stops cleanly.
 */
export function serveDemo(options, ready) {
  let server;
  let browser;
  before(async () => {
    server = await startServer({ demo: true, ...options });
    browser = await launchBrowser();
    ready(server, browser);
  });
  after(async () => {
    await browser?.close();
    if (server) {
      const { code, signal } = await server.stop();
      assert.ok(code === 0 || signal === 'SIGTERM', `server stopped with code ${code}, signal ${signal}`);
    }
  });
}
