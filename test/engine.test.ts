import assert from 'node:assert/strict';
import {existsSync, readFileSync} from 'node:fs';
import {createChecker, type Finding} from '../lint-rules/index.js';
import {checker, corpusDir} from './support/helpers.js';

const longSentence =
  'Wij hebben uw aanvraag voor een vergunning voor het kappen van twee bomen in uw achtertuin op 3 maart ontvangen en wij laten u binnen acht weken weten wat wij besluiten.';

describe('engine', () => {
  it('returns a report with language, findings and readability', () => {
    const report = checker().check(longSentence);
    assert.equal(report.language, 'nl');
    assert.ok(Array.isArray(report.findings));
    assert.equal(typeof report.readability.fleschDouma, 'number');
  });

  it('gives findings exactly the documented fields', () => {
    const [finding] = checker().check(longSentence).findings.filter((f) => f.ruleId === 'long-sentence');
    const keys: (keyof Finding)[] = ['ruleId', 'severity', 'message', 'explanation', 'actual', 'suggestions', 'start', 'end', 'url'];
    assert.deepEqual(Object.keys(finding).sort(), [...keys].sort());
    assert.deepEqual(Object.keys(finding.start).sort(), ['column', 'line', 'offset']);
    assert.match(finding.url, /docs\/regels\/long-sentence\.md$/);
    assert.ok(finding.explanation.length > 20);
  });

  it('counts line and column from 1 and offsets from 0 in UTF-16 units', () => {
    const text = '🙂 Eerste regel.\n\n' + longSentence;
    const [finding] = checker().check(text).findings.filter((f) => f.ruleId === 'long-sentence');
    assert.deepEqual(finding.start, {line: 3, column: 1, offset: 18});
    assert.equal(finding.end.offset, text.length);
    assert.equal(text.slice(finding.start.offset, finding.end.offset), finding.actual);
  });

  it('handles Windows line endings', () => {
    const text = 'Eerste zin.\r\n\r\n' + longSentence;
    const [finding] = checker().check(text).findings.filter((f) => f.ruleId === 'long-sentence');
    assert.equal(finding.start.line, 3);
    assert.equal(text.slice(finding.start.offset, finding.end.offset), finding.actual);
  });

  it('checks Markdown with positions in the Markdown source', () => {
    const text = '# Kop\n\n**Let op:** ' + longSentence;
    const [finding] = checker().check(text, {format: 'markdown'}).findings.filter((f) => f.ruleId === 'long-sentence');
    assert.equal(finding.start.line, 3);
    assert.equal(finding.actual, text.slice(finding.start.offset, finding.end.offset));
  });

  it('returns no findings and zero figures for empty text', () => {
    const report = checker().check('');
    assert.deepEqual(report.findings, []);
    assert.equal(report.readability.words, 0);
    assert.equal(report.readability.level.code, 'onbekend');
  });

  it('switches rules off and changes severity and thresholds', () => {
    const off = createChecker({rules: {'long-sentence': false}});
    assert.equal(off.check(longSentence).findings.filter((f) => f.ruleId === 'long-sentence').length, 0);
    const strict = createChecker({rules: {'long-sentence': 'error'}});
    assert.equal(strict.check(longSentence).findings.find((f) => f.ruleId === 'long-sentence')!.severity, 'error');
    const loose = createChecker({rules: {'long-sentence': {maxWords: 40}}});
    assert.equal(loose.check(longSentence).findings.filter((f) => f.ruleId === 'long-sentence').length, 0);
  });

  it('refuses unknown rules and settings with a clear message', () => {
    assert.throws(() => createChecker({rules: {'bestaat-niet': false}}), /Onbekende regel 'bestaat-niet'/);
    assert.throws(() => createChecker({rules: {'long-sentence': {maxWoorden: 3}}}), /kent de instelling 'maxWoorden' niet/);
    assert.throws(() => createChecker({rules: {'long-sentence': {maxWords: 'twintig'}}}), /'maxWords' moet een number zijn/);
  });

  it('lists its rules with documentation and examples', () => {
    const ids = checker().rules.map((rule) => rule.id);
    assert.deepEqual(ids, [
      'readability',
      'long-sentence',
      'paragraph',
      'long-word',
      'jargon',
      'vague',
      'abbreviation',
      'nominalization',
      'passive',
      'clamp',
      'negation',
      'reader-address',
      'spelling',
      'simplify',
      'equality',
      'intensify',
    ]);
    for (const rule of checker().rules) {
      assert.ok(rule.examples.length > 0 && rule.url.endsWith(`${rule.id}.md`));
      assert.ok(existsSync(new URL(`../docs/regels/${rule.id}.md`, import.meta.url)), `no documentation page for ${rule.id}`);
    }
  });

  it('sorts findings by position', () => {
    const {findings} = checker().check(`${longSentence}\n\n${longSentence}`);
    const offsets = findings.map((f) => f.start.offset);
    assert.deepEqual(offsets, [...offsets].sort((a, b) => a - b));
  });
});

describe('positions in real documents', () => {
  const root = new URL('../', import.meta.url).pathname;
  const documents: [string, 'plain' | 'markdown'][] = [
    [`${corpusDir}actieplan-open-overheid-webpagina.txt`, 'plain'],
    [`${corpusDir}open-overheid-themapagina.txt`, 'plain'],
    [`${corpusDir}alliantie-open-overheid-webpagina.txt`, 'plain'],
    [`${root}voorbeelden/brief-bewoner.txt`, 'plain'],
    [`${root}voorbeelden/webtekst-afvalpas.md`, 'markdown'],
  ];
  for (const [path, format] of documents) {
    it(`every finding points at its own text: ${path.split('/').pop()}`, () => {
      const text = readFileSync(path, 'utf8');
      const {findings} = checker().check(text, {format});
      assert.ok(findings.length > 0);
      const lines = text.split('\n');
      for (const finding of findings) {
        assert.ok(finding.start.offset < finding.end.offset, JSON.stringify(finding));
        assert.equal(text.slice(finding.start.offset, finding.end.offset), finding.actual);
        const lineStart = lines.slice(0, finding.start.line - 1).reduce((sum, line) => sum + line.length + 1, 0);
        assert.equal(lineStart + finding.start.column - 1, finding.start.offset);
      }
    });
  }
});
