// Whole real documents through the whole engine: any change in findings or figures shows up here.
// After a deliberate change, regenerate with UPDATE_SNAPSHOTS=1 npm test and review the diff.
import assert from 'node:assert/strict';
import {existsSync, readFileSync, writeFileSync} from 'node:fs';
import {basename} from 'node:path';
import type {Report} from '../lint-rules/index.js';
import {docxToMarkdown} from '../cli/inputs.js';
import {checkerWithSpelling, corpusDir} from './support/helpers.js';

const root = new URL('../', import.meta.url).pathname;
const documents = [
  `${root}voorbeelden/brief-bewoner.txt`,
  `${root}voorbeelden/webtekst-afvalpas.md`,
  `${root}voorbeelden/besluit-bijzondere-bijstand.docx`,
  `${corpusDir}actieplan-open-overheid-webpagina.txt`,
  `${corpusDir}open-overheid-themapagina.txt`,
  `${corpusDir}alliantie-open-overheid-webpagina.txt`,
];

function render(report: Report): string {
  const {readability: r} = report;
  const lines = [
    `leesbaarheid: ${r.words} woorden, ${r.sentences} zinnen, ${r.syllables} lettergrepen, FD ${r.fleschDouma}, Brouwer ${r.brouwer}, ${r.level.code}, ${r.paragraphs.length} alinea's`,
  ];
  for (const f of report.findings) {
    const suggestions = f.suggestions.length ? ` → ${f.suggestions.join(' | ')}` : '';
    lines.push(`${f.start.line}:${f.start.column}-${f.end.line}:${f.end.column} ${f.severity} ${f.ruleId} «${f.actual.replace(/\s+/g, ' ').slice(0, 80)}»${suggestions}`);
  }
  return `${lines.join('\n')}\n`;
}

describe('snapshots of whole documents', () => {
  for (const path of documents) {
    it(basename(path), async () => {
      const text = path.endsWith('.docx') ? await docxToMarkdown(readFileSync(path)) : readFileSync(path, 'utf8');
      const format = path.endsWith('.md') || path.endsWith('.docx') ? 'markdown' : 'plain';
      const actual = render((await checkerWithSpelling()).check(text, {format}));
      const snapshot = `${root}test/snapshots/${basename(path)}.snap`;
      if (process.env.UPDATE_SNAPSHOTS || !existsSync(snapshot)) {
        assert.ok(process.env.UPDATE_SNAPSHOTS, `snapshot ${basename(snapshot)} missing: run UPDATE_SNAPSHOTS=1 npm test`);
        writeFileSync(snapshot, actual);
      }
      assert.equal(actual, readFileSync(snapshot, 'utf8'));
    });
  }
});
