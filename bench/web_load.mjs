// The web app's weight and speed (issue 6's goals):
//  - the gzipped size of the built JavaScript and CSS (goal: under 250 KB together);
//  - the time from navigation to "Your work" being filled in, in headless
//    Chromium, on the demo data and on the large generated partnership
//    (goal: under 1 second on both).
// "Filled in" is the app's User Timing mark `casereview:dashboard-filled`,
// set once the work summary and the first page of deadlines have rendered;
// its startTime is measured from the navigation's start. Each load is in a
// new browser context (an empty cache), signed in as the demo coordinator.
//
// Usage: node bench/web_load.mjs <casereview binary> <large data dir> [runs]
//   (bench/web_load.sh passes the release build and bench/large_partnership.sh's directory)

import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

import { launchBrowser, startServer, webDir } from '../tests/e2e/support.mjs';

const [bin, largeDataDir, runsText = '11'] = process.argv.slice(2);
if (!bin || !largeDataDir) {
  console.error('usage: node bench/web_load.mjs <casereview binary> <large data dir> [runs]');
  process.exit(2);
}
process.env.CASEREVIEW_BIN = bin;
const runs = Number(runsText);
const filledMark = 'casereview:dashboard-filled';
const email = 'coordinator@northmoor.example';

function bundleSizes() {
  const assets = path.join(webDir, 'dist', 'assets');
  let raw = 0;
  let gzipped = 0;
  const files = readdirSync(assets).filter((name) => /\.(js|css)$/.test(name));
  for (const name of files) {
    const bytes = readFileSync(path.join(assets, name));
    raw += bytes.length;
    gzipped += gzipSync(bytes, { level: 9 }).length;
  }
  return { files: files.length, raw, gzipped };
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

async function timeDashboard(browser, server) {
  const password = server.accounts[email].password;
  const times = [];
  for (let run = 0; run < runs; ++run) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const signIn = await context.request.post(new URL('/api/session', server.baseUrl).href, {
      data: { email, password },
    });
    if (signIn.status() !== 201) throw new Error(`sign-in answered ${signIn.status()}`);
    const page = await context.newPage();
    await page.goto(new URL('/', server.baseUrl).href);
    const filled = await page.waitForFunction(
      (mark) => performance.getEntriesByName(mark)[0]?.startTime,
      filledMark,
      { timeout: 30_000 },
    );
    times.push(await filled.jsonValue());
    const counts = await page.locator('[data-testid^="rag-count-"]').allTextContents();
    if (counts.length !== 3) throw new Error('the dashboard shows no RAG counts');
    await context.close();
  }
  return times;
}

const sizes = bundleSizes();
console.log(
  `bundle: ${sizes.files} JS and CSS files, ${(sizes.raw / 1024).toFixed(1)} KB, ` +
    `${(sizes.gzipped / 1024).toFixed(1)} KB gzipped (goal < 250 KB)`,
);

const browser = await launchBrowser();
try {
  for (const [name, options] of [
    ['demo data', { demo: true }],
    ['large partnership', { copyOf: largeDataDir }],
  ]) {
    const server = await startServer({ ...options, serveArgs: ['--log-level', 'warn'] });
    try {
      const times = await timeDashboard(browser, server);
      console.log(
        `${name}: navigation to dashboard filled, ${runs} cold loads: median ${median(times).toFixed(0)} ms, ` +
          `min ${Math.min(...times).toFixed(0)} ms, max ${Math.max(...times).toFixed(0)} ms (goal < 1000 ms)`,
      );
    } finally {
      await server.stop();
    }
  }
} finally {
  await browser.close();
}
