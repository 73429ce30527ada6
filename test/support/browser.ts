// Debian's Chromium for the browser tests, started as DEVELOPERS.md asks (headless, no sandbox,
// nothing that reaches out: no QUIC, background networking, component updates or sync), and
// axe-core's WCAG 2.1 AA check of a page.
import assert from 'node:assert/strict';
import {existsSync, readFileSync} from 'node:fs';
import {chromium, type Browser, type LaunchOptions, type Page} from 'playwright-core';

const root = new URL('../../', import.meta.url).pathname;
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const quietArgs = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** Playwright starts every launch with a fresh, empty temporary profile. */
export async function launchChromium(extraArgs: string[] = [], options: LaunchOptions = {}): Promise<Browser> {
  assert.ok(existsSync(chromiumPath), `Chromium not found at ${chromiumPath}; .ci/run installs it (apt-get install chromium)`);
  return chromium.launch({...options, executablePath: chromiumPath, args: [...quietArgs, ...extraArgs]});
}

/**
 * axe-core's violations of WCAG 2.0/2.1 A and AA on the page, as "rule: targets". A page whose
 * Content-Security-Policy refuses inline scripts passes `scriptUrl`, an address on its own origin
 * that serves axe.min.js.
 */
export async function axeViolations(page: Page, scriptUrl?: string): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) {
    await page.addScriptTag(scriptUrl ? {url: scriptUrl} : {content: readFileSync(`${root}node_modules/axe-core/axe.min.js`, 'utf8')});
  }
  return page.evaluate(async () => {
    const axe = (window as unknown as {axe: {run(context: unknown, options: unknown): Promise<{violations: {id: string; nodes: {target: string[]}[]}[]}>}}).axe;
    const result = await axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}});
    return result.violations.map((violation) => `${violation.id}: ${violation.nodes.slice(0, 5).map((node) => node.target.join(' ')).join(', ')}`);
  });
}
