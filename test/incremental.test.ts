// An incremental check (a cache kept per document, as the editor hosts do) must give exactly what
// a full check of the same text gives, after every kind of edit: above a finding, inside one,
// paragraphs removed, repeated or moved, a list marker changed, a line ending changed.
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {readdirSync} from 'node:fs';
import {markdownBlocks, markdownBlocksCached, markdownParts} from '../lint-rules/blocks.js';
import {createChecker} from '../lint-rules/index.js';
import {corpusDir, spellingSupport} from './support/helpers.js';

const examples = new URL('../voorbeelden/', import.meta.url).pathname;

type Edit = [name: string, change: (text: string) => string];

const edits: Edit[] = [
  ['a sentence typed at the top', (text) => `Let op: dit is een nieuwe zin.\n\n${text}`],
  ['a word changed inside a finding', (text) => text.replace(/indien/i, 'Indiën')],
  ['a word added in the middle', (text) => `${text.slice(0, text.length >> 1)} teneinde ${text.slice(text.length >> 1)}`],
  ['the first paragraph removed', (text) => text.slice(text.indexOf('\n\n') + 2)],
  ['a paragraph repeated', (text) => {
    const parts = text.split('\n\n');
    return [...parts.slice(0, 2), parts[1], ...parts.slice(2)].join('\n\n');
  }],
  ['two paragraphs swapped', (text) => {
    const parts = text.split('\n\n');
    if (parts.length > 3) [parts[1], parts[2]] = [parts[2], parts[1]];
    return parts.join('\n\n');
  }],
  ['a list marker changed', (text) => text.replace(/^- /m, '10. ').replace(/^\* /m, '- ')],
  // Findings that depend on the whole text: a paragraph elsewhere changes them.
  ['an acronym used at the end', (text) => `${text}\n\nMeld u daarna bij het UWV. Heb je nog vragen over de arbeidsongeschiktheidsverzekering?\n`],
  ['the acronym explained at the top', (text) => `Het Uitvoeringsinstituut Werknemersverzekeringen (UWV) helpt u bij uw arbeidsongeschiktheidsverzekering.\n\n${text}`],
  ['the explanation removed again', (text) => text.slice(text.indexOf('\n\n') + 2)],
  ['a disable comment added', (text) => `<!-- helder-disable jargon -->\n${text}`],
  ['Windows line endings', (text) => text.replace(/\n/g, '\r\n')],
  ['the text emptied', () => ''],
  ['the text back', (text) => text],
];

const documents: [string, 'plain' | 'markdown', string][] = [
  ['brief-bewoner.txt', 'plain', readFileSync(`${examples}brief-bewoner.txt`, 'utf8')],
  ['webtekst-afvalpas.md', 'markdown', readFileSync(`${examples}webtekst-afvalpas.md`, 'utf8')],
  ['actieplan-open-overheid-webpagina.txt', 'plain', readFileSync(`${corpusDir}actieplan-open-overheid-webpagina.txt`, 'utf8')],
];

describe('incremental checks give what a full check gives', function () {
  this.timeout(120000);
  for (const [name, format, original] of documents) {
    it(name, async () => {
      const checker = createChecker({spelling: await spellingSupport()});
      const cache = checker.createCache();
      // Start from the original, then apply each edit to the text of the step before (the last step restores the original).
      let text = original;
      assert.deepEqual(checker.check(text, {format, cache}), checker.check(text, {format}), 'first check');
      for (const [edit, change] of edits) {
        text = edit === 'the text back' ? original : change(text);
        const incremental = checker.check(text, {format, cache});
        const full = checker.check(text, {format});
        assert.deepEqual(incremental, full, `after: ${edit}`);
      }
    });
  }
});

describe('Markdown parsed a part at a time gives the blocks of the whole', () => {
  const root = new URL('../', import.meta.url).pathname;
  const files = [
    `${root}README.md`,
    `${root}extension/vscode/README.md`,
    `${root}voorbeelden/webtekst-afvalpas.md`,
    ...readdirSync(`${root}docs/regels`).map((name) => `${root}docs/regels/${name}`),
  ];
  const tricky = [
    '---\ntitel: Afval\n\nnog: iets\n---\n\n# Kop\n\nTekst.',
    '- punt een\n\n- punt twee\n\n  vervolg van punt twee\n\nEen alinea.',
    '```\ncode\n\nmeer code\n```\n\nTekst na de code.',
    '<!--\nopmerking\n\nnog steeds opmerking\n-->\n\nTekst.',
    '<pre>\nvoor\n\nopgemaakt\n</pre>\n\nTekst.',
    'Zie [de regels][1].\n\n[1]: https://example.nl',
    '> Citaat\n\n> nog een citaat\n\n    ingesprongen code\n\nTekst.',
    'Kop\n===\n\n| a | b |\n| - | - |\n| Indien | teneinde |\n\nTekst.',
  ];
  for (const file of files) {
    it(file.slice(root.length), () => {
      const doc = readFileSync(file, 'utf8');
      assert.deepEqual(markdownBlocksCached(doc, new Map()).blocks, markdownBlocks(doc));
      assert.ok(markdownParts(doc).length > 1 || definitionsIn(doc), 'the document is cut into parts');
    });
  }
  it('front matter, lists, fences, comments, raw HTML, definitions, quotes and tables', () => {
    for (const doc of tricky) assert.deepEqual(markdownBlocksCached(doc, new Map()).blocks, markdownBlocks(doc), doc);
  });
});

function definitionsIn(doc: string): boolean {
  return /^ {0,3}\[[^\]]+\]:/m.test(doc);
}
