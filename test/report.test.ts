// `helder report` and `helder compare`: self-contained HTML pages, opened in headless Chromium
// (Debian's) with every request outside the page refused, checked with axe-core for WCAG 2.1 AA.
import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import {existsSync, mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {type Browser, type Page} from 'playwright-core';
import {axeViolations, launchChromium} from './support/browser.js';
import type {Finding} from '../lint-rules/index.js';
import {sentencePairs} from '../report/compare-page.js';
import {escapeHtml, highlightText} from '../report/highlight.js';
import {checker} from './support/helpers.js';

const root = new URL('../', import.meta.url).pathname;
const bin = join(root, 'bin/helder.js');
const screenshots = join(root, 'test/report/screenshots');
const origin = 'http://rapport.helder.test';

function helder(args: string[], cwd = root) {
  const result = spawnSync(process.execPath, [bin, ...args], {cwd, encoding: 'utf8', env: {...process.env, NO_COLOR: '1'}});
  return {code: result.status, stdout: result.stdout, stderr: result.stderr};
}

interface Opened {
  page: Page;
  outside: string[];
  problems: string[];
}

/** The file as the only thing the page may load; anything else is recorded and refused. */
async function open(browser: Browser, file: string): Promise<Opened> {
  const page = await browser.newPage({viewport: {width: 1100, height: 900}});
  const outside: string[] = [];
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(`${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  page.on('dialog', (dialog) => {
    problems.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (url === `${origin}/page.html`) return route.fulfill({contentType: 'text/html; charset=utf-8', body: readFileSync(file)});
    outside.push(url);
    return route.abort();
  });
  await page.goto(`${origin}/page.html`);
  return {page, outside, problems};
}

const finding = (ruleId: string, text: string, start: number, end: number): Finding => ({
  ruleId,
  severity: 'warning',
  message: '',
  explanation: '',
  actual: text.slice(start, end),
  suggestions: [],
  start: {line: 1, column: start + 1, offset: start},
  end: {line: 1, column: end + 1, offset: end},
  url: '',
});

describe('HTML pieces: highlights and sentence pairs', () => {
  it('highlights overlapping findings as flat, well-formed pieces and escapes the text', () => {
    const text = 'Indien <u> & "wij" teneinde\n\nTweede alinea.';
    const sentenceEnd = text.indexOf('\n');
    const findings = [finding('long-sentence', text, 0, sentenceEnd), finding('jargon', text, 0, 6), finding('jargon', text, text.indexOf('teneinde'), sentenceEnd)];
    const html = highlightText(text, findings, {findingIdPrefix: 'x-'});
    assert.equal(
      html,
      '<p><span class="s-long-sentence"><mark class="r-jargon">Indien</mark></span><a class="ref" href="#x-1" aria-label="5: melding 2, jargon">5</a>' +
        '<span class="s-long-sentence"> &#60;u&#62; &#38; &#34;wij&#34; </span><span class="s-long-sentence"><mark class="r-jargon">teneinde</mark></span>' +
        '<a class="ref" href="#x-0" aria-label="2: melding 1, long-sentence">2</a><a class="ref" href="#x-2" aria-label="5: melding 3, jargon">5</a></p>\n<p>Tweede alinea.</p>',
    );
    assert.equal(escapeHtml(`<script>alert('x')</script>`), '&#60;script&#62;alert(&#39;x&#39;)&#60;/script&#62;');
  });

  it('pairs a sentence that was split in two with both its halves, and leaves unchanged sentences out', () => {
    const sentence = (text: string) => ({text, words: text.split(' ').length, findings: 0});
    const before = ['Geachte heer Jansen.', 'Indien u het niet eens bent met dit besluit, kunt u bezwaar maken binnen zes weken.', 'Met vriendelijke groet.'].map(sentence);
    const after = ['Geachte heer Jansen.', 'Bent u het niet eens met dit besluit?', 'Dan kunt u binnen zes weken bezwaar maken.', 'Met vriendelijke groet.', 'Bijlage: formulier.'].map(sentence);
    const pairs = sentencePairs(before, after);
    assert.deepEqual(
      pairs.map((pair) => [pair.before.map((s) => s.text), pair.after.map((s) => s.text)]),
      [
        [[before[1].text], [after[1].text, after[2].text]],
        [[], ['Bijlage: formulier.']],
      ],
    );
  });
});

describe('helder report and helder compare (HTML in Chromium)', function () {
  this.timeout(180_000);
  let browser: Browser;
  let work: string;

  before(async () => {
    assert.ok(existsSync(join(root, 'dist/cli.js')), 'dist/cli.js is missing; npm run build makes it');
    mkdirSync(screenshots, {recursive: true});
    work = mkdtempSync(join(tmpdir(), 'helder-rapport-'));
    browser = await launchChromium();
  });
  after(async () => browser?.close());

  it('reports a folder of letters in one self-contained page: overview sortable by score, figures, charts, highlighted text, findings', async () => {
    const output = join(work, 'rapport.html');
    const result = helder(['report', 'voorbeelden', '-o', output]);
    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stdout, /^Rapport over 5 documenten geschreven naar .*rapport\.html \(\d+ kB\)\. Open het in een browser\.\n$/);
    const html = readFileSync(output, 'utf8');
    // Self-contained: no external scripts, styles, fonts or images.
    assert.doesNotMatch(html, /<script[^>]+src=|<link\b|@import|@font-face|<img\b|url\(http/i);

    const {page, outside, problems} = await open(browser, output);
    assert.equal(await page.locator('#overzicht-tabel tbody tr').count(), 5);
    assert.equal(await page.locator('section[id^="doc-"]').count(), 5);
    // Every letter has its sentence lengths and findings per rule; the four Dutch ones also Flesch-Douma per paragraph.
    for (const name of ['Woorden per zin.', 'Meldingen per soort.']) assert.equal(await page.locator('figcaption').filter({hasText: name}).count(), 5, name);
    assert.equal(await page.locator('figcaption').filter({hasText: 'Flesch-Douma per alinea.'}).count(), 4);
    // The English letter: its language, English figures, and its text and findings marked as English.
    const english = page.locator('section[id^="doc-"]').filter({has: page.getByRole('heading', {level: 2, name: /letter-expats-en\.txt$/})});
    assert.match((await english.textContent()) ?? '', /Taal: Engels\. .*Flesch Reading Ease/s);
    assert.ok((await english.locator('.text p[lang="en"]').count()) > 5);
    assert.ok((await english.locator('ol.findings p[lang="en"]').count()) > 5);
    // The highlights link to their findings.
    const letter = page.locator('section[id^="doc-"]').filter({has: page.getByRole('heading', {level: 2, name: /brief-bewoner\.txt$/})});
    const jargon = letter.locator('.text mark.r-jargon').first();
    assert.equal(await jargon.textContent(), 'Met betrekking tot');
    const link = letter.locator('.text a.ref').filter({hasText: '5'}).first();
    const target = (await link.getAttribute('href'))!;
    assert.match((await page.locator(target).textContent()) ?? '', /Ambtelijke en moeilijke woorden .*‘Met betrekking tot’/);
    assert.match((await letter.locator('ol.findings').textContent()) ?? '', /Schrijf liever: Over of Voor/);

    // Sort by Flesch-Douma: easiest last when ascending.
    await page.getByRole('button', {name: 'Flesch-Douma'}).click();
    const scores = await page.locator('#overzicht-tabel tbody tr td:nth-child(3)').allTextContents();
    // The English letter has no Dutch score ('–'): it sorts first, before the lowest score.
    assert.equal(scores[0], '–');
    const values = scores.slice(1).map((score) => Number(score.replace(',', '.')));
    assert.deepEqual(values, [...values].sort((a, b) => a - b));
    assert.equal(await page.locator('th[aria-sort="ascending"]').count(), 1);
    await page.getByRole('button', {name: 'Flesch-Douma'}).click();
    assert.equal(await page.locator('th[aria-sort="descending"]').count(), 1);

    await page.screenshot({path: join(screenshots, 'rapport.png'), fullPage: false});
    await page.locator('#doc-2 .text').screenshot({path: join(screenshots, 'rapport-tekst.png')});
    assert.deepEqual(await axeViolations(page), []);
    assert.deepEqual(outside, []);
    assert.deepEqual(problems, []);
    await page.close();
  });

  it('compares two versions of a letter: scores, findings per rule, changed sentences, both texts', async () => {
    const output = join(work, 'vergelijking.html');
    const result = helder(['compare', 'voorbeelden/brief-bewoner.txt', 'voorbeelden/brief-bewoner-herschreven.txt', '-o', output]);
    assert.equal(result.code, 0, result.stderr);
    const {page, outside, problems} = await open(browser, output);
    const row = (name: string) => page.locator('table').first().locator('tr').filter({has: page.getByRole('rowheader', {name, exact: true})});
    assert.match((await row('Flesch-Douma').textContent()) ?? '', /57,5\s*67,6\s*\+10,1 \(beter\)/);
    assert.match((await row('Woorden per zin').textContent()) ?? '', /\(beter\)/);
    const jargon = page.locator('#per-regel ~ table tr, section:has(#per-regel) table tr').filter({has: page.getByRole('rowheader', {name: 'Ambtelijke en moeilijke woorden'})});
    assert.match((await jargon.first().textContent()) ?? '', /26\s*0\s*−26 \(beter\)/);
    const pairs = page.locator('ol.pairs > li');
    assert.ok((await pairs.count()) >= 5);
    // The long sentence with 'Met betrekking tot' became three short ones, shown as one pair.
    const rewritten = pairs.filter({hasText: 'Met betrekking tot uw aanvraag'});
    assert.match((await rewritten.textContent()) ?? '', /Wij bekijken uw aanvraag nu\. Er ontbreken nog een paar stukken\./);
    assert.equal(await page.locator('.side-by-side .text').count(), 2);
    await page.screenshot({path: join(screenshots, 'vergelijking.png'), fullPage: false});
    assert.deepEqual(await axeViolations(page), []);
    assert.deepEqual(outside, []);
    assert.deepEqual(problems, []);
    await page.close();
  });

  it('compares two English versions with the English figures and their changed sentences', async () => {
    const after = join(work, 'letter-en-plain.txt');
    writeFileSync(
      after,
      'Dear Ms Kowalska,\n\nYou must register at the town hall within five days of arriving in the Netherlands. We received your request on 3 March 2025. Some documents are missing, so we cannot register you yet.\n\nPlease send us a copy of your rental agreement and your passport before 4 April 2025.\n',
    );
    const output = join(work, 'engels.html');
    assert.equal(helder(['compare', 'voorbeelden/letter-expats-en.txt', after, '-o', output]).code, 0);
    const {page, outside, problems} = await open(browser, output);
    const row = page.locator('table').first().locator('tr').filter({has: page.getByRole('rowheader', {name: 'Flesch Reading Ease', exact: true})});
    assert.match((await row.textContent()) ?? '', /\(beter\)/);
    assert.ok((await page.locator('ol.pairs > li').count()) >= 2);
    assert.deepEqual(await axeViolations(page), []);
    assert.deepEqual(outside, []);
    assert.deepEqual(problems, []);
    await page.close();
  });

  it('compares across input formats (.docx before, .md after)', () => {
    const markdown = join(work, 'besluit-herschreven.md');
    writeFileSync(markdown, '# Besluit op uw aanvraag\n\nU krijgt bijzondere bijstand voor een wasmachine. U krijgt geen geld voor het bed.\n');
    const output = join(work, 'docx-md.html');
    const result = helder(['compare', 'voorbeelden/besluit-bijzondere-bijstand.docx', markdown, '-o', output]);
    assert.equal(result.code, 0, result.stderr);
    assert.match(readFileSync(output, 'utf8'), /U krijgt geen geld voor het bed\./);
  });

  it('shows <script> and HTML-like text in a document as text in every view', async () => {
    const draft = join(work, 'script.txt');
    const hostile = '<script>alert("rapport")</script> Indien u <b>vet</b> & <img src=x onerror="alert(2)"> leest, teneinde te testen.';
    writeFileSync(draft, `${hostile}\n\nWij verzoeken u <i>vriendelijk</i> om te reageren.\n`);
    const clean = join(work, 'schoon.txt');
    writeFileSync(clean, 'Als u dit leest, dan werkt het.\n');
    const views = [
      ['report', draft, clean, '-o', join(work, 'script-rapport.html')],
      ['compare', draft, clean, '-o', join(work, 'script-vergelijking.html')],
      ['compare', clean, draft, '-o', join(work, 'script-vergelijking-2.html')],
    ];
    for (const args of views) {
      assert.equal(helder(args).code, 0, args.join(' '));
      const {page, outside, problems} = await open(browser, args.at(-1)!);
      assert.equal(await page.locator('main script, main img, main b, main i').count(), 0, `no markup from the document in ${args[0]}`);
      // The document's text as shown, without the small links after highlights.
      const shown = await page.evaluate(() =>
        [...document.querySelectorAll('main .text')].map((element) => {
          const copy = element.cloneNode(true) as HTMLElement;
          copy.querySelectorAll('a.ref').forEach((link) => link.remove());
          return copy.textContent;
        }),
      );
      assert.ok(shown.some((text) => text?.includes(hostile)), `the text shows the tags as text in ${args[0]}`);
      assert.ok(shown.some((text) => text?.includes('Wij verzoeken u <i>vriendelijk</i> om te reageren.')));
      assert.deepEqual(problems, [], 'no dialog, no error');
      assert.deepEqual(outside, [], 'the <img> made no request');
      await page.close();
    }
  });

  it('keeps the report of a 5,000-word document under 500 kB', () => {
    const rows = readFileSync(join(root, '../shared/corpus/gemeente-zinnen-dev.tsv'), 'utf8').trim().split('\n').slice(1).map((line) => line.split('\t')[1]);
    const paragraphs: string[] = [];
    let words = 0;
    for (let index = 0; words < 5000; index += 4) {
      const paragraph = rows.slice(index % rows.length, (index % rows.length) + 4).join(' ');
      paragraphs.push(paragraph);
      words += paragraph.split(/\s+/).length;
    }
    const draft = join(work, 'lang.txt');
    writeFileSync(draft, paragraphs.join('\n\n'));
    const output = join(work, 'lang.html');
    assert.equal(helder(['report', draft, '-o', output]).code, 0);
    const size = statSync(output).size;
    const findings = checker().check(paragraphs.join('\n\n')).findings.length;
    console.log(`      (report of ${words} words with ${findings}+ findings: ${Math.round(size / 1024)} kB)`);
    assert.ok(size <= 500 * 1024, `${size} bytes`);
  });

  it('says clearly what is wrong with the command, naming the file', () => {
    const one = helder(['compare', 'voorbeelden/brief-bewoner.txt']);
    assert.equal(one.code, 2);
    assert.match(one.stderr, /geef precies twee bestanden op/);
    const empty = mkdtempSync(join(tmpdir(), 'helder-leeg-'));
    const none = helder(['report', empty]);
    assert.equal(none.code, 2);
    assert.match(none.stderr, /geen \.txt-, \.md- of \.docx-bestanden gevonden/);
    const missing = helder(['compare', 'voorbeelden/brief-bewoner.txt', 'voorbeelden/bestaat-niet.txt', '-o', join(work, 'x.html')]);
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /voorbeelden\/bestaat-niet\.txt: bestand niet gevonden/);
    assert.equal(existsSync(join(work, 'x.html')), false, 'no half comparison');
    const unwritable = helder(['report', 'voorbeelden/brief-bewoner.txt', '-o', join(work, 'geen-map', 'rapport.html')]);
    assert.equal(unwritable.code, 2);
    assert.match(unwritable.stderr, /geen-map\/rapport\.html: kan het bestand niet schrijven \(ENOENT\)/);
  });
});
