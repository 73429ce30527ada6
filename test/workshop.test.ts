// The workshop page end to end in headless Chromium: the real page (workshop/dist, built by
// `npm run build`) served at a fixed origin through page routing. Any request outside that origin
// is aborted and fails the test, as do console errors and dialogs.
import assert from 'node:assert/strict';
import {existsSync, mkdirSync, readFileSync} from 'node:fs';
import {extname, join, normalize, sep} from 'node:path';
import {type Browser, type Page} from 'playwright-core';
import {axeViolations, launchChromium} from './support/browser.js';

const root = new URL('../', import.meta.url).pathname;
const dist = join(root, 'workshop/dist');
const screenshots = join(root, 'test/workshop/screenshots');
const origin = 'http://localhost:8080';
const types: Record<string, string> = {'.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml', '.hdic': 'application/octet-stream', '.map': 'application/json'};
// Test-only address for axe-core, so it loads under the page's own Content-Security-Policy.
const AXE_PATH = '/__test__/axe.min.js';

const JARGON = 'Teneinde uw aanvraag te beoordelen hebben wij uw gegevens nodig.';
const REWRITE = `Beste meneer, mevrouw,

Wij willen uw aanvraag voor bijzondere bijstand graag behandelen. Daarvoor hebben wij nog een paar papieren van u nodig.

Stuur ze binnen twee weken naar ons. Gebruik daarvoor het formulier bij deze brief. Krijgen wij de papieren niet op tijd? Dan kunnen wij uw aanvraag niet behandelen.

Heeft u vragen? Bel ons dan. Noem daarbij het zaaknummer.

Met vriendelijke groet,

Het college van burgemeester en wethouders`;

interface Watch {
  outside: string[];
  errors: string[];
  dialogs: string[];
}

async function openWorkshop(browser: Browser, options: {width?: number; height?: number} = {}): Promise<{page: Page; watch: Watch}> {
  const context = await browser.newContext({viewport: {width: options.width ?? 1280, height: options.height ?? 900}});
  const page = await context.newPage();
  const watch: Watch = {outside: [], errors: [], dialogs: []};
  page.on('console', (message) => {
    if (message.type() === 'error') watch.errors.push(message.text());
  });
  page.on('pageerror', (error) => watch.errors.push(error.message));
  page.on('dialog', (dialog) => {
    watch.dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.origin !== origin) {
      watch.outside.push(url.href);
      return route.abort();
    }
    if (url.pathname === AXE_PATH) return route.fulfill({contentType: 'text/javascript', body: readFileSync(join(root, 'node_modules/axe-core/axe.min.js'))});
    const file = normalize(join(dist, url.pathname === '/' ? 'index.html' : url.pathname));
    if (!file.startsWith(dist + sep) || !existsSync(file)) return route.fulfill({status: 404, body: ''});
    return route.fulfill({contentType: types[extname(file)] ?? 'application/octet-stream', body: readFileSync(file)});
  });
  await page.goto(`${origin}/`);
  return {page, watch};
}

function assertClean(watch: Watch) {
  assert.deepEqual(watch.outside, [], 'no requests outside the page');
  assert.deepEqual(watch.errors, [], 'no console errors');
  assert.deepEqual(watch.dialogs, [], 'no dialogs');
}

/** Waits until the spelling dictionaries are loaded and the current text is checked. */
async function settled(page: Page) {
  await page.locator('html[data-spelling="geladen"]').waitFor({state: 'attached', timeout: 60_000});
  await page.waitForFunction(() => {
    const status = document.getElementById('status')?.textContent ?? '';
    return /melding|Typ of plak/.test(status);
  });
}

async function clearText(page: Page) {
  const box = page.getByRole('textbox', {name: 'Uw tekst'});
  await box.focus();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.press('Delete');
  await page.getByRole('status').filter({hasText: 'Typ of plak een tekst om te beginnen.'}).waitFor();
}

describe('Workshop page (Chromium)', function () {
  this.timeout(120_000);
  let browser: Browser;

  before(async () => {
    assert.ok(existsSync(join(dist, 'workshop.js')), 'workshop/dist is missing; npm run build makes it');
    mkdirSync(screenshots, {recursive: true});
    browser = await launchChromium();
  });
  after(async () => browser?.close());

  it('highlights jargon and shows the suggestion within 200 ms after typing stops', async () => {
    const {page, watch} = await openWorkshop(browser);
    const box = page.getByRole('textbox', {name: 'Uw tekst'});
    // Warm up: worker started, dictionaries loaded, one check with a spelling finding done.
    await box.pressSequentially('Dit is een tekst met een fuot.', {delay: 20});
    await settled(page);
    await page.locator('#now-text mark.r-spelling', {hasText: 'fuot'}).waitFor();

    // In the page: the time of the last input event, and the first animation frame (just before
    // paint) in which the finished sentence shows the highlight and the suggestion.
    await page.evaluate(() => {
      const probe = {lastInput: 0, shown: 0};
      (window as unknown as {probe: typeof probe}).probe = probe;
      const textBox = document.getElementById('text')!;
      textBox.addEventListener('input', () => {
        probe.lastInput = performance.now();
        probe.shown = 0;
      });
      new MutationObserver(() => {
        // Inline rather than a named helper: tsx would wrap a named function in a helper the page lacks.
        if (
          probe.lastInput > 0 &&
          probe.shown === 0 &&
          [...document.querySelectorAll('#now-text mark.r-jargon')].some((mark) => mark.textContent === 'Teneinde') &&
          (document.getElementById('now-text')!.textContent ?? '').includes('nodig.') &&
          [...document.querySelectorAll('#findings button')].some((button) => button.textContent === 'Vervang door ‘Om’')
        ) {
          requestAnimationFrame(() => {
            if (probe.shown === 0) probe.shown = performance.now();
          });
        }
      }).observe(document.body, {subtree: true, childList: true, characterData: true});
    });

    const times: number[] = [];
    for (let round = 0; round < 3; round++) {
      await clearText(page);
      await page.evaluate(() => Object.assign((window as unknown as {probe: {lastInput: number; shown: number}}).probe, {lastInput: 0, shown: 0}));
      await box.pressSequentially(JARGON, {delay: 30});
      await page.waitForFunction(() => (window as unknown as {probe: {shown: number}}).probe.shown > 0);
      times.push(await page.evaluate(() => Math.round((window as unknown as {probe: {lastInput: number; shown: number}}).probe.shown - (window as unknown as {probe: {lastInput: number}}).probe.lastInput)));
    }
    console.log(`      (workshop: highlight and suggestion ${times.join(' ms, ')} ms after typing stopped; 100 ms of that is the pause Helder waits for)`);
    for (const time of times) assert.ok(time <= 200, `shown ${time} ms after typing stopped`);

    // The highlight's number leads to the finding; its suggestion replaces the word in the text box.
    const finding = page.locator('#findings li').filter({hasText: 'Teneinde'});
    assert.match((await finding.textContent()) ?? '', /formeel, ambtelijk woord/);
    await page.getByRole('link', {name: /melding \d+, Ambtelijke en moeilijke woorden$/}).click();
    assert.equal(await page.evaluate(() => document.activeElement?.id), await finding.getAttribute('id'));
    await page.getByRole('button', {name: 'Vervang door ‘Om’'}).click();
    assert.equal(await box.inputValue(), JARGON.replace('Teneinde', 'Om'));
    await page.locator('#now-text mark.r-jargon').waitFor({state: 'detached'});
    // The replacement is in the text box's undo history.
    await page.keyboard.press('ControlOrMeta+z');
    assert.equal(await box.inputValue(), JARGON);
    await page.screenshot({path: join(screenshots, 'workshop-jargon.png'), fullPage: true});
    assertClean(watch);
    await page.context().close();
  });

  it('shows text that looks like HTML as text in every view', async () => {
    const {page, watch} = await openWorkshop(browser);
    const box = page.getByRole('textbox', {name: 'Uw tekst'});
    const typed = '<script>alert(1)</script>';
    const pasted = '<b>vet</b> & <img src=x onerror=alert(2)>';
    const sentence = 'Indien u <b>vet</b> & <img src=x onerror=alert(2)> of <script>alert(1)</script> ziet, dan is dat uitsluitend tekst en nadrukkelijk geen opmaak of programmatuur in deze buitengewoon langdradige zin.';
    await box.pressSequentially(typed, {delay: 5});
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await page.keyboard.insertText(pasted); // as a paste: one input event with the whole text
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await page.keyboard.insertText(sentence);
    await settled(page);
    await page.locator('#findings li').filter({hasText: 'Lange zin'}).waitFor();
    // Keep it as 'before' too, so the before view and the comparison show it as well.
    await page.getByRole('button', {name: 'Bewaar als ‘voor’'}).click();
    await page.locator('#compare-rows tr').first().waitFor();
    await page.locator('#before-text mark').first().waitFor();

    const shownText = (selector: string) =>
      page.evaluate((selector) => {
        const copy = document.querySelector(selector)!.cloneNode(true) as HTMLElement;
        for (const link of copy.querySelectorAll('a.ref')) link.remove();
        return copy.textContent ?? '';
      }, selector);
    for (const view of ['#now-text', '#before-text']) {
      const text = await shownText(view);
      for (const piece of [typed, pasted, sentence]) assert.ok(text.includes(piece), `${view} shows ${piece} as text`);
    }
    for (const list of ['#findings', '#before-findings', '#hardest']) {
      const text = await shownText(list);
      assert.ok(text.includes('<b>vet</b> & <img src=x onerror=alert(2)>'), `${list} shows the HTML-like text as text`);
    }
    const elements = await page.evaluate(() => ({
      scripts: [...document.scripts].map((script) => script.getAttribute('src')),
      other: document.querySelectorAll('b, img, [onerror]').length,
    }));
    assert.deepEqual(elements.scripts, ['workshop.js']);
    assert.equal(elements.other, 0);
    await page.waitForTimeout(300); // an onerror would fire by now
    await page.screenshot({path: join(screenshots, 'workshop-html-as-text.png'), fullPage: true});
    assertClean(watch);
    await page.context().close();
  });

  it('keeps a before version and shows the improvement as the text is rewritten', async () => {
    const {page, watch} = await openWorkshop(browser);
    const box = page.getByRole('textbox', {name: 'Uw tekst'});
    await page.getByRole('button', {name: 'Voorbeeldtekst'}).click();
    await settled(page);
    await page.locator('#now-text mark.r-jargon', {hasText: 'Teneinde'}).waitFor();
    await page.getByRole('button', {name: 'Bewaar als ‘voor’'}).click();
    await page.getByRole('region', {name: 'Voor, met markeringen'}).locator('mark.r-jargon', {hasText: 'Teneinde'}).waitFor();

    // The group rewrites the text.
    await box.focus();
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.insertText(REWRITE);
    await page.getByRole('status').filter({hasText: 'ongeveer B1'}).waitFor();
    const table = page.getByRole('table', {name: 'De tekst van ‘voor’ en de tekst nu vergeleken'});
    const row = (name: string) => table.getByRole('row').filter({has: page.getByRole('rowheader', {name, exact: true})});
    await row('Flesch-Douma').locator('.better').waitFor();
    const cells = async (name: string) => (await row(name).locator('td').allTextContents()).map((cell) => cell.trim());
    const flesch = await cells('Flesch-Douma');
    assert.ok(Number(flesch[1]) > Number(flesch[0]) + 10, `Flesch-Douma ${flesch.join(' | ')}`);
    assert.match(flesch[2], /^\+\d+ \(beter\)$/);
    assert.match((await cells('Meldingen'))[2], /^−\d+ \(beter\)$/);
    assert.match((await cells('Woorden per zin'))[2], /^−\d+,\d \(beter\)$/);
    assert.deepEqual(await cells('Ambtelijke en moeilijke woorden'), [String(9), '0', '−9 (beter)']);
    assert.deepEqual(await cells('Geschat niveau'), ['veel moeilijker dan B1 (ongeveer C1)', 'ongeveer B1', 'makkelijker']);
    const summary = (await page.locator('#compare-summary').textContent()) ?? '';
    assert.match(summary, /^Flesch-Douma \d+ → \d+ \(\+\d+\) · meldingen \d+ → \d+ \(−\d+\)$/);
    console.log(`      (workshop before/after: ${summary})`);
    await page.screenshot({path: join(screenshots, 'workshop-before-after.png'), fullPage: true});

    // Both texts survive a reload: 'before' until it is cleared, the current text for this tab.
    await page.reload();
    await settled(page);
    assert.equal(await box.inputValue(), REWRITE);
    await row('Flesch-Douma').locator('.better').waitFor();

    await page.getByRole('button', {name: 'Wis ‘voor’'}).click();
    assert.equal(await page.locator('#compare').isVisible(), false);
    assert.equal(await page.getByRole('region', {name: 'Voor, met markeringen'}).count(), 0);
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'keep-before');
    assert.equal(await page.evaluate(() => localStorage.getItem('helder.workshop.before')), null);
    assertClean(watch);
    await page.context().close();
  });

  it('meets WCAG 2.1 AA with findings shown, in normal and large print (axe-core)', async () => {
    const {page, watch} = await openWorkshop(browser);
    await page.getByRole('button', {name: 'Voorbeeldtekst'}).click();
    await settled(page);
    await page.locator('#now-text mark.r-jargon').first().waitFor();
    await page.getByRole('button', {name: 'Bewaar als ‘voor’'}).click();
    await page.locator('#compare-rows tr').first().waitFor();
    await page.getByRole('textbox', {name: 'Uw tekst'}).focus();
    await page.keyboard.press('End');
    await page.keyboard.insertText('\n\nIndien u vragen heeft, bel ons.');
    await page.locator('#now-text mark.r-jargon', {hasText: 'Indien'}).nth(1).waitFor();
    await page.locator('#before-findings-box summary').click(); // the before findings open as well
    assert.deepEqual(await axeViolations(page, `${origin}${AXE_PATH}`), [], 'normal print');
    await page.screenshot({path: join(screenshots, 'workshop.png'), fullPage: true});

    const large = page.getByRole('button', {name: 'Grote letters'});
    await large.click();
    assert.equal(await large.getAttribute('aria-pressed'), 'true');
    const size = await page.evaluate(() => parseFloat(getComputedStyle(document.getElementById('now-text')!).fontSize));
    assert.ok(size >= 28, `large print is ${size}px`);
    assert.deepEqual(await axeViolations(page, `${origin}${AXE_PATH}`), [], 'large print');
    // What the room sees on the projector, and the whole page.
    await page.getByRole('region', {name: 'Nu, met markeringen'}).scrollIntoViewIfNeeded();
    await page.screenshot({path: join(screenshots, 'workshop-large-print.png')});
    await page.screenshot({path: join(screenshots, 'workshop-large-print-full.png'), fullPage: true});
    // Projection mode stays on after a reload.
    await page.reload();
    assert.equal(await page.getByRole('button', {name: 'Grote letters'}).getAttribute('aria-pressed'), 'true');
    await settled(page);
    assertClean(watch);
    await page.context().close();
  });

  it('checks English text with the English rules and shows the language and English figures', async () => {
    const {page, watch} = await openWorkshop(browser);
    const box = page.getByRole('textbox', {name: 'Uw tekst'});
    await box.focus();
    await page.keyboard.insertText('Should you require further information, please do not hesitate to contact the municipality prior to your appointment at the town hall.');
    await settled(page);
    await page.getByRole('status').filter({hasText: /· Engels · Flesch Reading Ease \d+/}).waitFor();
    assert.match((await page.locator('#language').textContent()) ?? '', /^Taal: Engels\.$/);
    assert.equal(await page.locator('#english-figures').isVisible(), true);
    const marks = await page.locator('#now-text mark').allTextContents();
    assert.ok(marks.includes('prior to') && marks.includes('Should you require'), marks.join(' | '));
    assert.equal(await page.locator('#now-text p[lang="en"]').count(), 1);
    assertClean(watch);
    await page.context().close();
  });
});
