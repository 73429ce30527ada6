// End to end in a real VS Code: code-server 4.100.3 (VS Code 1.100.3) in Debian's Chromium, with
// the packaged Helder .vsix installed. A realistic Dutch letter is opened; the test reads Helder's
// findings in the Problems panel and the readability in the status bar, applies a quick fix with
// Ctrl+. and checks the file on disk changed. code-server is installed once by
// scripts/code-server/install.sh (outside the project's node_modules). Screenshots go to
// test/e2e-vscode/screenshots/.
import assert from 'node:assert/strict';
import {execFileSync} from 'node:child_process';
import {mkdir, mkdtemp, readFile, rm, writeFile} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {createChecker, type Finding} from '../lint-rules/index.js';
import {codeServerBinary, installExtension, openBrowser, startCodeServer, workspaceUrl, type Browser, type CodeServer} from './e2e-vscode/code-server.js';
import {applyQuickFix, goToPosition, openFile, problems, showProblems, statusBarItemById, waitForEditorText, waitForWorkbench} from './e2e-vscode/workbench.js';
import {spellingSupport} from './support/helpers.js';

const root = new URL('../', import.meta.url).pathname;
const screenshots = path.join(root, 'test/e2e-vscode/screenshots');

describe('VS Code extension in a real VS Code (code-server)', function () {
  // The first run installs code-server (about 90 s); a run after that takes about 20 s.
  this.timeout(15 * 60_000);
  let server: CodeServer | undefined;
  let browser: Browser | undefined;
  let scratch: string;
  let folder: string;
  let letter: string;
  let fix: Finding;

  before(async () => {
    scratch = await mkdtemp(path.join(os.tmpdir(), 'helder-e2e-'));
    folder = path.join(scratch, 'brieven');
    await mkdir(folder);
    await mkdir(screenshots, {recursive: true});
    letter = await readFile(path.join(root, 'voorbeelden/brief-bewoner.txt'), 'utf8');
    await writeFile(path.join(folder, 'brief.txt'), letter);
    // What the engine itself finds, with the same dictionaries: the extension must show this.
    const report = createChecker({spelling: await spellingSupport()}).check(letter);
    fix = report.findings.find((finding) => finding.ruleId === 'jargon' && finding.suggestions.length > 0)!;
    assert.ok(fix, 'the example letter has a jargon finding with a suggestion');

    execFileSync('npm', ['run', 'package:vscode', '--silent'], {cwd: root, stdio: 'pipe'});
    await codeServerBinary();
    const extensionsDir = path.join(scratch, 'extensions');
    await installExtension(path.join(root, 'dist/helder-vscode.vsix'), extensionsDir);
    server = await startCodeServer({folder, extensionsDir});
    browser = await openBrowser();
    await browser.page.goto(workspaceUrl(server, folder), {waitUntil: 'domcontentloaded'});
    await waitForWorkbench(browser.page);
  });

  after(async () => {
    await browser?.close();
    await server?.stop();
    if (scratch) await rm(scratch, {recursive: true, force: true});
  });

  it('shows Helder’s findings in the Problems panel and the readability in the status bar', async () => {
    const page = browser!.page;
    await openFile(page, 'brief.txt');
    await waitForEditorText(page, 'Geachte heer Jansen');
    const status = statusBarItemById(page, 'helder-nl.helder', 'helder.readability');
    await status.filter({hasText: /·\s*\d+/}).waitFor({timeout: 60_000});
    const statusText = (await status.textContent()) ?? '';
    await showProblems(page);
    let rows = await problems(page);
    for (let tries = 0; tries < 100 && !rows.some((row) => row.code.includes('jargon')); tries++) {
      await page.waitForTimeout(200);
      rows = await problems(page);
    }
    await page.screenshot({path: path.join(screenshots, 'vscode-problems.png')});
    assert.ok(rows.length > 0, 'problems listed');
    assert.ok(rows.every((row) => row.source.includes('Helder')), JSON.stringify(rows.slice(0, 3)));
    assert.ok(rows.some((row) => row.code.includes('jargon')), JSON.stringify(rows.map((row) => row.code)));
    assert.match(statusText, /B1|B2|C1|A2/);
    console.log(`      (status bar: "${statusText.trim()}"; ${rows.length} rows shown in the Problems panel)`);
  });

  it('applies a quick fix with Ctrl+. and the file changes', async () => {
    const page = browser!.page;
    await goToPosition(page, fix.start.line, fix.start.column + 1);
    const suggestion = fix.suggestions[0];
    const titles = await applyQuickFix(page, `Vervang door ‘${suggestion}’`, {
      onMenu: async () => {
        await page.screenshot({path: path.join(screenshots, 'vscode-quickfix.png')});
      },
    });
    assert.ok(titles.some((title) => title.startsWith('Negeer ‘jargon’')), JSON.stringify(titles));
    await page.keyboard.press('Control+s');
    const expected = letter.slice(0, fix.start.offset) + suggestion + letter.slice(fix.end.offset);
    let onDisk = '';
    for (let tries = 0; tries < 100 && onDisk !== expected; tries++) {
      await page.waitForTimeout(100);
      onDisk = await readFile(path.join(folder, 'brief.txt'), 'utf8');
    }
    assert.equal(onDisk, expected);
    // The new text is checked again: the fixed finding leaves the Problems panel.
    let rows = await problems(page);
    for (let tries = 0; tries < 100 && rows.some((row) => row.message === fix.message); tries++) {
      await page.waitForTimeout(100);
      rows = await problems(page);
    }
    assert.ok(!rows.some((row) => row.message === fix.message), 'the fixed finding is gone');
    await page.screenshot({path: path.join(screenshots, 'vscode-after-fix.png')});
  });

  it('sent no request beyond this machine', () => {
    assert.deepEqual(browser!.externalRequests, []);
  });
});
