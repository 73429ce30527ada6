// Smoke test of the e2e machinery: code-server 4.100.3 (VS Code 1.100.3) in Debian's Chromium.
//
//   npx tsx test/e2e-vscode/smoke.ts          (HELDER_E2E_KEEP=1 keeps the temporary folders)
//
// Installs code-server (scripts/code-server/install.sh, once), installs a fixture extension from a
// VSIX, opens a folder with brief.txt, opens the file with Quick Open, checks the editor text, the
// Problems panel, the status bar and a quick fix (Ctrl+.), and that no request left 127.0.0.1.
// Screenshots go to test/e2e-vscode/screenshots/. Exits 1 on any failure.

import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import {existsSync} from 'node:fs';
import {mkdir, mkdtemp, rm, writeFile} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {
  CHROMIUM_PATH,
  codeServerBinary,
  installExtension,
  openBrowser,
  startCodeServer,
  workspaceUrl,
  type Browser,
  type CodeServer,
} from './code-server.js';
import {FIXTURE_FIX_TITLE, FIXTURE_ID, FIXTURE_MESSAGE, writeFixtureVsix} from './fixture-extension.js';
import {
  applyQuickFix,
  goToPosition,
  openFile,
  showProblems,
  statusBarItemById,
  statusBarItems,
  waitForEditorText,
  waitForProblemCount,
  waitForWorkbench,
} from './workbench.js';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const SCREENSHOTS = path.join(HERE, 'screenshots');
const SENTENCE = 'Wij verzoeken u vriendelijk het formulier zo spoedig mogelijk te retourneren.';
const FIXED = 'Wij vragen u vriendelijk het formulier zo spoedig mogelijk te retourneren.';
const TOTAL_TIMEOUT_MS = Number(process.env.HELDER_SMOKE_TIMEOUT_MS ?? 15 * 60_000); // the first run installs code-server

const started = Date.now();
const seconds = (since = started): string => `${((Date.now() - since) / 1000).toFixed(1)}s`;
const log = (message: string): void => console.log(`[smoke ${seconds()}] ${message}`);

async function step<T>(name: string, action: () => Promise<T>): Promise<T> {
  const begin = Date.now();
  try {
    const result = await action();
    log(`ok   ${name} (${seconds(begin)})`);
    return result;
  } catch (error) {
    log(`FAIL ${name} (${seconds(begin)})`);
    throw error;
  }
}

function ensureChromium(): void {
  if (existsSync(CHROMIUM_PATH)) return;
  if (process.getuid?.() !== 0) throw new Error(`${CHROMIUM_PATH} not found: install Debian's chromium package`);
  log('installing Debian chromium');
  const env = {...process.env, DEBIAN_FRONTEND: 'noninteractive'};
  let result = spawnSync('apt-get', ['install', '-y', '-qq', 'chromium'], {stdio: 'inherit', env});
  if (result.status !== 0) {
    spawnSync('apt-get', ['update', '-qq'], {stdio: 'inherit', env});
    result = spawnSync('apt-get', ['install', '-y', '-qq', 'chromium'], {stdio: 'inherit', env});
  }
  if (result.status !== 0 || !existsSync(CHROMIUM_PATH)) throw new Error('apt-get install chromium failed');
}

const watchdog = setTimeout(() => {
  console.error(`[smoke] FAILED: no result after ${TOTAL_TIMEOUT_MS / 1000}s; giving up`);
  process.exit(1); // the exit hook in code-server.ts kills code-server's process group
}, TOTAL_TIMEOUT_MS);
watchdog.unref();

let server: CodeServer | undefined;
let browser: Browser | undefined;
const scratch = await mkdtemp(path.join(os.tmpdir(), 'helder-smoke-'));
let failed = false;

try {
  await mkdir(SCREENSHOTS, {recursive: true});
  const binary = await step('install code-server (scripts/code-server/install.sh)', () => codeServerBinary());
  log(`code-server binary: ${binary}`);
  ensureChromium();

  const folder = path.join(scratch, 'werkmap');
  await mkdir(folder);
  await writeFile(path.join(folder, 'brief.txt'), `${SENTENCE}\n`);
  const extensionsDir = path.join(scratch, 'extensions');

  await step('install the fixture extension from a VSIX', async () => {
    const vsix = await writeFixtureVsix(path.join(scratch, 'e2e-fixture.vsix'));
    const {output} = await installExtension(vsix, extensionsDir);
    log(output.trim().split('\n').filter((line) => /install/i.test(line)).join(' | '));
  });

  server = await step('start code-server', () => startCodeServer({folder, extensionsDir}));
  log(`code-server at ${server.url} (pid ${server.pid}, home ${server.home})`);
  browser = await step('start Chromium', () => openBrowser());
  const {page} = browser;
  const url = workspaceUrl(server, folder);

  await step(`open ${url}`, async () => {
    await page.goto(url, {waitUntil: 'domcontentloaded'});
    await waitForWorkbench(page);
  });

  const text = await step('open brief.txt with Quick Open (Ctrl+P) and read the editor', async () => {
    await openFile(page, 'brief.txt');
    return waitForEditorText(page, SENTENCE);
  });

  const statusItem = statusBarItemById(page, FIXTURE_ID, 'helderFixture.status');
  await step('fixture status bar item shows 1 problem', () =>
    statusItem.filter({hasText: 'Fixture: 1 meldingen'}).waitFor({timeout: 30_000}),
  );

  const found = await step('Problems panel (View: Focus Problems) lists the problem', async () => {
    await showProblems(page);
    const rows = await waitForProblemCount(page, 1);
    assert.equal(rows[0].message, FIXTURE_MESSAGE);
    assert.equal(rows[0].source, 'helder-fixture');
    assert.equal(rows[0].position, '[Ln 1, Col 5]');
    return rows;
  });
  const items = await statusBarItems(page);
  await page.screenshot({path: path.join(SCREENSHOTS, 'smoke.png')});

  const offered = await step('quick fix with Ctrl+. on "verzoeken"', async () => {
    await goToPosition(page, 1, 6);
    const titles = await applyQuickFix(page, FIXTURE_FIX_TITLE, {
      onMenu: async () => {
        await page.screenshot({path: path.join(SCREENSHOTS, 'smoke-quickfix.png')});
      },
    });
    await waitForEditorText(page, FIXED);
    await waitForProblemCount(page, 0);
    await statusItem.filter({hasText: 'Fixture: 0 meldingen'}).waitFor({timeout: 30_000});
    return titles;
  });
  await page.screenshot({path: path.join(SCREENSHOTS, 'smoke-after-fix.png')});

  await step('no request left 127.0.0.1', async () => {
    assert.deepEqual(browser?.externalRequests, [], `requests to other hosts: ${browser?.externalRequests.join(', ')}`);
  });

  console.log('');
  console.log('Found:');
  console.log(`  editor text before the fix: ${JSON.stringify(text.trim())}`);
  console.log(`  problems: ${JSON.stringify(found.map((p) => `${p.message} ${p.source}(${p.code}) ${p.position}`))}`);
  console.log(`  status bar: ${JSON.stringify(items.filter((i) => i.text).map((i) => `${i.id}=${i.text}`))}`);
  console.log(`  quick fixes offered: ${JSON.stringify(offered)}`);
  console.log(`  editor text after the fix: ${JSON.stringify(FIXED)}`);
  console.log(`  requests to other hosts: ${browser.externalRequests.length}`);
  console.log(`  screenshots: ${path.relative(process.cwd(), SCREENSHOTS)}/smoke.png, smoke-quickfix.png, smoke-after-fix.png`);
} catch (error) {
  failed = true;
  console.error(`\n[smoke] FAILED: ${(error as Error).stack ?? error}`);
  if (browser) {
    const shot = path.join(SCREENSHOTS, 'smoke-failure.png');
    await browser.page.screenshot({path: shot}).then(() => console.error(`[smoke] screenshot: ${shot}`), () => undefined);
    if (browser.externalRequests.length) console.error(`[smoke] requests to other hosts: ${browser.externalRequests.join(', ')}`);
    if (browser.consoleErrors.length) console.error(`[smoke] page console errors:\n  ${browser.consoleErrors.slice(-15).join('\n  ')}`);
  }
  if (server) console.error(`[smoke] code-server log (last lines):\n${server.logTail(30)}`);
} finally {
  await browser?.close();
  await server?.stop();
  if (process.env.HELDER_E2E_KEEP !== '1') await rm(scratch, {recursive: true, force: true});
  else log(`kept ${scratch}`);
}

log(failed ? 'smoke test FAILED' : 'smoke test passed');
process.exit(failed ? 1 : 0);
