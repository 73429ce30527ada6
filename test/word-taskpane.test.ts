// The Word task pane end to end in headless Chromium: the real task pane (extension/word/dist, built
// by `npm run build`) in a page whose Office/Word are the in-page stand-in test/word/fake-office.js,
// backed by an editable document element. office.js's CDN address is answered with the stand-in;
// any other request outside the add-in's own origin fails the test.
import assert from 'node:assert/strict';
import {existsSync, mkdirSync, readFileSync} from 'node:fs';
import {extname, join} from 'node:path';
import {type Browser, type Page} from 'playwright-core';
import {axeViolations, launchChromium} from './support/browser.js';

const root = new URL('../', import.meta.url).pathname;
const dist = join(root, 'extension/word/dist');
const screenshots = join(root, 'test/word/screenshots');
const origin = 'https://localhost:3000';
const types: Record<string, string> = {'.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.png': 'image/png', '.hdic': 'application/octet-stream', '.map': 'application/json'};

const letter = [
  'Geachte heer Jansen,',
  'Op 3 maart hebben wij uw aanvraag voor een parkeervergunning ontvangen.',
  'Indien u het niet eens bent met dit besluit, kunt u bezwaar maken. Wij verzoeken u om uw bezwaar binnen zes weken te sturen.',
  'Teneinde uw aanvraag te kunnen beoordelen, hebben wij een kopie van uw kentekenbewijs nodig.',
  'Met vriendelijke groet,',
  'Afdeling Vergunningen',
];

async function openPane(browser: Browser, outside: string[], apiVersion?: string): Promise<Page> {
  const page = await browser.newPage({viewport: {width: 420, height: 900}});
  if (apiVersion) await page.addInitScript(`window.fakeWord = {apiVersion: '${apiVersion}'};`);
  const fake = readFileSync(join(root, 'test/word/fake-office.js'), 'utf8');
  await page.context().route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.href === 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js') return route.fulfill({contentType: 'text/javascript', body: fake});
    if (url.origin !== origin) {
      outside.push(url.href);
      return route.abort();
    }
    const file = join(dist, url.pathname);
    if (!file.startsWith(dist) || !existsSync(file)) return route.fulfill({status: 404, body: ''});
    let body: Buffer | string = readFileSync(file);
    // The test host: the document Word would show, beside the task pane.
    if (url.pathname === '/taskpane.html') {
      body = body.toString().replace('<body>', '<body><div id="document" contenteditable="true" role="textbox" aria-multiline="true" aria-label="Document (testhost)"></div>');
    }
    return route.fulfill({contentType: types[extname(file)] ?? 'application/octet-stream', body});
  });
  await page.goto(`${origin}/taskpane.html`);
  return page;
}

async function checkDocument(page: Page) {
  await page.getByRole('button', {name: 'Controleer document'}).click();
  await page.getByRole('status').filter({hasText: /^Klaar in \d+ ms/}).waitFor({timeout: 60_000});
}

describe('Word add-in task pane (fake Word host in Chromium)', function () {
  this.timeout(120_000);
  let browser: Browser;

  before(async () => {
    assert.ok(existsSync(join(dist, 'taskpane.js')), 'extension/word/dist is missing; npm run build makes it');
    mkdirSync(screenshots, {recursive: true});
    browser = await launchChromium(['--ignore-certificate-errors']);
  });
  after(async () => browser?.close());

  it('checks the letter, selects a finding, replaces it, and refuses to replace changed text', async () => {
    const outside: string[] = [];
    const page = await openPane(browser, outside);
    await page.evaluate((paragraphs) => (window as unknown as {fakeWord: {setDocument(p: string[]): void}}).fakeWord.setDocument(paragraphs), letter);
    await checkDocument(page);
    await page.getByText('Ambtelijke woorden', {exact: false}).first().waitFor();
    await page.screenshot({path: join(screenshots, 'word-taskpane.png'), fullPage: true});

    // Click the flagged text: Word selects it in the document.
    await page.getByRole('button', {name: 'Indien', exact: true}).click();
    // Selecting is a Word.run with syncs: wait until it is done.
    await page.waitForFunction(() => (window as unknown as {fakeWord: {selection: unknown}}).fakeWord.selection !== null);
    const selection = await page.evaluate(() => (window as unknown as {fakeWord: {selection: {text: string; paragraph: number}}}).fakeWord.selection);
    assert.equal(selection.text, 'Indien');
    assert.equal(selection.paragraph, 2);

    // Replace with the suggestion: the document changes there and nowhere else.
    await page.getByRole('button', {name: 'Vervang door ‘Als’'}).first().click();
    await page.getByRole('status').filter({hasText: /^Klaar in/}).waitFor();
    const text = () => page.evaluate(() => (window as unknown as {fakeWord: {documentText(): string}}).fakeWord.documentText());
    assert.equal(await text(), letter.join('\n').replace('Indien u het', 'Als u het'));

    // The writer edits the paragraph of another finding after the check; replacing it must change nothing.
    const edited = letter.map((paragraph) => paragraph.replace('Indien u het', 'Als u het').replace('Teneinde uw aanvraag', 'Teneinde uw nieuwe aanvraag'));
    await page.evaluate((paragraphs) => (window as unknown as {fakeWord: {setDocument(p: string[]): void}}).fakeWord.setDocument(paragraphs), edited);
    await page.getByRole('button', {name: 'Vervang door ‘Om’'}).first().click();
    await page.getByRole('status').filter({hasText: /veranderd|Klaar in/}).waitFor();
    assert.equal(await text(), edited.join('\n'), 'nothing is lost');
    await page.screenshot({path: join(screenshots, 'word-taskpane-changed.png'), fullPage: true});
    assert.deepEqual(outside, []);
    await page.close();
  });

  it('places a finding as a Word comment and replaces as a tracked change when asked (WordApi 1.4)', async () => {
    const page = await openPane(browser, []);
    await page.evaluate((paragraphs) => (window as unknown as {fakeWord: {setDocument(p: string[]): void}}).fakeWord.setDocument(paragraphs), letter);
    await checkDocument(page);
    await page.getByRole('button', {name: 'Opmerking plaatsen'}).first().click();
    await page.getByRole('status').filter({hasText: 'Opmerking geplaatst.'}).waitFor();
    const comments = await page.evaluate(() => (window as unknown as {fakeWord: {comments: {text: string; anchor: string}[]}}).fakeWord.comments);
    assert.equal(comments.length, 1);
    assert.equal(comments[0].anchor, 'Indien');
    assert.match(comments[0].text, /^Helder: ‘Indien’ is een formeel, ambtelijk woord\./);
    await page.getByLabel('Vervangen als bijgehouden wijziging').check();
    await page.getByRole('button', {name: 'Vervang door ‘Als’'}).first().click();
    await page.getByRole('status').filter({hasText: /^Klaar in/}).waitFor();
    assert.equal(await page.evaluate(() => (window as unknown as {fakeWord: {changeTrackingMode: string}}).fakeWord.changeTrackingMode), 'TrackAll');
    await page.close();
  });

  it('says clearly that it only works in Word when opened outside Office', async () => {
    const page = await browser.newPage();
    await page.context().route('**/*', (route) => {
      const url = new URL(route.request().url());
      if (url.origin !== origin) return route.abort(); // no office.js: a plain browser tab
      const file = join(dist, url.pathname);
      return existsSync(file) ? route.fulfill({contentType: types[extname(file)] ?? 'application/octet-stream', body: readFileSync(file)}) : route.fulfill({status: 404, body: ''});
    });
    await page.goto(`${origin}/taskpane.html`);
    await page.getByRole('heading', {name: 'Open Helder in Word'}).waitFor();
    assert.equal(await page.getByRole('button', {name: 'Controleer document'}).isVisible(), false);
    await page.close();
  });

  it('meets WCAG 2.1 AA with findings shown (axe-core)', async () => {
    const outside: string[] = [];
    const page = await openPane(browser, outside);
    await page.evaluate((paragraphs) => (window as unknown as {fakeWord: {setDocument(p: string[]): void}}).fakeWord.setDocument(paragraphs), letter);
    await checkDocument(page);
    const violations = await axeViolations(page);
    assert.deepEqual(violations, []);
    assert.deepEqual(outside, []);
    await page.close();
  });

  it('checks a 10,000-word document with one read of all paragraphs', async () => {
    const page = await openPane(browser, []);
    const rows = readFileSync(join(root, '../shared/corpus/gemeente-zinnen-dev.tsv'), 'utf8').trim().split('\n').slice(1).map((line) => line.split('\t')[1]);
    const paragraphs: string[] = [];
    for (let index = 0, words = 0; words < 10_000; index += 3) {
      const paragraph = rows.slice(index % rows.length, (index % rows.length) + 3).join(' ');
      paragraphs.push(paragraph);
      words += paragraph.split(/\s+/).length;
    }
    await page.evaluate((paragraphs) => (window as unknown as {fakeWord: {setDocument(p: string[]): void; syncCount: number}}).fakeWord.setDocument(paragraphs), paragraphs);
    const syncsBefore = await page.evaluate(() => (window as unknown as {fakeWord: {syncCount: number}}).fakeWord.syncCount);
    await checkDocument(page);
    const syncs = (await page.evaluate(() => (window as unknown as {fakeWord: {syncCount: number}}).fakeWord.syncCount)) - syncsBefore;
    assert.equal(syncs, 1, 'all paragraphs in one batched sync');
    const first = (await page.getByRole('status').textContent()) ?? '';
    // A second check: the worker, its dictionaries and the speller's suggestions are warm.
    await page.evaluate(() => {
      document.getElementById('status')!.textContent = '';
    });
    await checkDocument(page);
    const second = (await page.getByRole('status').textContent()) ?? '';
    console.log(`      (10,000 words in ${paragraphs.length} paragraphs, Word round trips included: first check "${first}", second "${second}")`);
    await page.close();
  });

  it('underlines findings in the document where Word can (WordApi 1.8) and keeps them up to date while the writer types', async () => {
    const outside: string[] = [];
    const page = await openPane(browser, outside, '1.8');
    type Annotation = {id: string; paragraph: number; start: number; length: number; text: string; colorScheme: string; popupOptions?: {titleResourceId: string; suggestions: string[]}};
    type Fake = {fakeWord: {setDocument(p: string[]): void; annotations: Annotation[]; documentText(): string; typeInParagraph(i: number, t: string): void; clickAnnotation(id: string): void; choosePopupSuggestion(id: string, s: string): void}};
    const annotations = () => page.evaluate(() => JSON.parse(JSON.stringify((window as unknown as Fake).fakeWord.annotations)) as Annotation[]);
    await page.evaluate((paragraphs) => (window as unknown as Fake).fakeWord.setDocument(paragraphs), letter);
    await page.getByText('Na een controle van het document houdt Helder de meldingen bij').waitFor();
    await checkDocument(page);
    const shown = await annotations();
    const indien = shown.find((annotation) => annotation.text === 'Indien')!;
    assert.ok(indien, 'Indien is underlined');
    assert.equal(indien.paragraph, 2);
    assert.equal(indien.popupOptions?.titleResourceId, 'Helder.Rule.jargon');
    assert.equal(indien.popupOptions?.suggestions[0], 'Als');
    assert.ok(shown.some((annotation) => annotation.text === 'Teneinde'));
    // Whole sentences (long-sentence, readability) stay in the pane; underlines never overlap.
    const sentences = letter.flatMap((paragraph) => paragraph.split(/(?<=[.?!])\s+/));
    for (const annotation of shown) assert.ok(!sentences.includes(annotation.text), `${annotation.text} is not a whole sentence`);
    for (const a of shown) {
      assert.ok(!shown.some((b) => b !== a && b.paragraph === a.paragraph && b.start < a.start + a.length && a.start < b.start + b.length), 'no overlapping underlines');
    }
    await page.screenshot({path: join(screenshots, 'word-annotations.png'), fullPage: true});

    // A click on an underline in Word shows that finding in the pane.
    const teneinde = shown.find((annotation) => annotation.text === 'Teneinde')!;
    await page.evaluate((id) => (window as unknown as Fake).fakeWord.clickAnnotation(id), teneinde.id);
    await page.waitForFunction(() => document.activeElement?.textContent === 'Teneinde');

    // A suggestion chosen in Word's pop-up replaces the text (only that), then Helder checks again.
    await page.evaluate((id) => (window as unknown as Fake).fakeWord.choosePopupSuggestion(id, 'Als'), indien.id);
    await page.getByRole('status').filter({hasText: 'Klaar in'}).waitFor();
    const text = () => page.evaluate(() => (window as unknown as Fake).fakeWord.documentText());
    assert.equal(await text(), letter.join('\n').replace('Indien u het', 'Als u het'));
    await page.waitForFunction(() => !(window as unknown as Fake).fakeWord.annotations.some((annotation) => annotation.text === 'Indien'));
    // Word reports the replaced paragraph as changed too: let that re-check finish before comparing.
    await page.getByRole('status').filter({hasText: /^Bijgewerkt na uw wijziging/}).waitFor();
    await page.evaluate(() => (document.getElementById('status')!.textContent = ''));

    // The writer types a new ambtelijk word: Helder re-checks by itself and underlines it; the
    // underlines of paragraphs that did not change stay as they were.
    const before = await annotations();
    const typedAt = Date.now();
    await page.evaluate(() => (window as unknown as Fake).fakeWord.typeInParagraph(1, 'Op 3 maart hebben wij middels uw formulier uw aanvraag voor een parkeervergunning ontvangen.'));
    await page.getByRole('status').filter({hasText: /^Bijgewerkt na uw wijziging/}).waitFor();
    const after = await annotations();
    console.log(`      (typing to updated underlines: ${Date.now() - typedAt} ms, of which ${600} ms waiting for the writer to pause)`);
    assert.ok(after.some((annotation) => annotation.text === 'middels' && annotation.paragraph === 1), 'middels is underlined');
    const kept = before.filter((annotation) => annotation.paragraph !== 1).map((annotation) => annotation.id);
    assert.deepEqual(after.filter((annotation) => annotation.paragraph !== 1).map((annotation) => annotation.id), kept);
    assert.ok(await page.getByRole('button', {name: 'middels', exact: true}).isVisible());

    // Switched off, the underlines go.
    await page.getByLabel('Meldingen onderstrepen in het document').uncheck();
    await page.waitForFunction(() => (window as unknown as Fake).fakeWord.annotations.length === 0);
    assert.deepEqual(outside, []);
    await page.close();
  });

  it('keeps to the task pane list on clients without annotations (WordApi 1.3)', async () => {
    const page = await openPane(browser, [], '1.3');
    await page.evaluate((paragraphs) => (window as unknown as {fakeWord: {setDocument(p: string[]): void}}).fakeWord.setDocument(paragraphs), letter);
    await checkDocument(page);
    assert.equal(await page.getByLabel('Meldingen onderstrepen in het document').isDisabled(), true);
    assert.equal(await page.getByLabel('Vervangen als bijgehouden wijziging').isDisabled(), true);
    assert.equal(await page.getByText('houdt Helder de meldingen bij').isVisible(), false);
    assert.ok(await page.getByRole('button', {name: 'Indien', exact: true}).isVisible());
    await page.close();
  });

  it('draws a long report per rule on request', async () => {
    const page = await openPane(browser, []);
    const paragraphs = Array.from({length: 40}, (_, index) => `Indien u vóór ${index + 1} mei reageert, teneinde de zaak af te ronden, dan ontvangt u middels een brief ons besluit.`);
    await page.evaluate((paragraphs) => (window as unknown as {fakeWord: {setDocument(p: string[]): void}}).fakeWord.setDocument(paragraphs), paragraphs);
    await checkDocument(page);
    const jargon = page.locator('section.rule').filter({has: page.getByRole('heading', {name: /^Ambtelijke woorden \(120\)$/})});
    assert.equal(await jargon.locator('li.finding').count(), 25);
    await jargon.getByRole('button', {name: 'Toon nog 95 meldingen'}).click();
    assert.equal(await jargon.locator('li.finding').count(), 120);
    assert.equal(await jargon.getByRole('button', {name: /^Toon nog/}).count(), 0);
    await page.close();
  });

  it('checks an English paragraph with the English rules and says the letter has English in it', async () => {
    const page = await openPane(browser, []);
    const paragraphs = [...letter.slice(0, 3), 'For residents from abroad: please utilise the online form prior to your appointment, and bring your passport with you to the town hall.', ...letter.slice(3)];
    await page.evaluate((paragraphs) => (window as unknown as {fakeWord: {setDocument(p: string[]): void}}).fakeWord.setDocument(paragraphs), paragraphs);
    await checkDocument(page);
    await page.getByText('Taal: Nederlands, met 1 stuk Engels.', {exact: false}).waitFor();
    assert.equal(await page.locator('#english').isVisible(), true);
    const prior = page.getByRole('button', {name: 'prior to', exact: true});
    assert.equal(await prior.getAttribute('lang'), 'en');
    assert.ok(await page.getByRole('heading', {name: /^Eenvoudiger woorden \(Engels\)/}).isVisible());
    // No Dutch rule on the English paragraph, the Dutch rules on the rest.
    assert.equal(await page.getByRole('button', {name: 'utilise', exact: true}).count(), 1);
    assert.ok(await page.getByRole('button', {name: 'Indien', exact: true}).isVisible());
    await page.screenshot({path: join(screenshots, 'word-taskpane-english.png'), fullPage: true});
    await page.close();
  });
});
