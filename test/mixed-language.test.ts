// The engine with English text: a whole English document, and a Dutch letter with an English
// paragraph, each paragraph checked with the rules of its own language.
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {createChecker} from '../lint-rules/index.js';
import {checker, checkerWithSpelling} from './support/helpers.js';

const root = new URL('../', import.meta.url).pathname;

const dutchLetter = [
  'Geachte heer Jansen,',
  'Wij hebben uw aanvraag voor een parkeervergunning ontvangen. Indien u vragen heeft over uw aanvraag, dan kunt u ons bellen op werkdagen tussen negen en vijf uur.',
  'Summary in English',
  'We have received your application for a parking permit. Should you require further information, please do not hesitate to contact us by telephone on working days.',
  'U krijgt binnen acht weken een besluit van ons. Wij sturen u dat besluit per post naar uw huisadres in Veldhoven.',
  'Met vriendelijke groet,',
].join('\n\n');

describe('English and mixed documents', () => {
  it('checks an English letter with the English rules and English figures', async () => {
    const text = readFileSync(`${root}voorbeelden/letter-expats-en.txt`, 'utf8');
    const report = (await checkerWithSpelling()).check(text);
    assert.equal(report.language, 'en');
    assert.deepEqual(report.otherLanguage, []);
    const rules = new Set(report.findings.map((finding) => finding.ruleId));
    for (const id of ['simplify', 'passive', 'long-sentence', 'readability']) assert.ok(rules.has(id), id);
    // None of the Dutch rules, and no Dutch spelling of English words.
    for (const id of ['jargon', 'spelling', 'nominalization', 'clamp', 'abbreviation', 'long-word']) assert.ok(!rules.has(id), id);
    const simplify = report.findings.find((finding) => finding.actual === 'prior to')!;
    assert.deepEqual(simplify.suggestions, ['before']);
    assert.match(simplify.message, /^Say it more simply/);
    assert.ok(simplify.explanation.length > 40);
    assert.equal(simplify.url, 'https://github.com/helder-nl/helder/blob/main/docs/regels/simplify.md');
    assert.equal(text.slice(simplify.start.offset, simplify.end.offset), 'prior to');
    const passive = report.findings.find((finding) => finding.ruleId === 'passive')!;
    assert.equal(passive.url, 'https://github.com/helder-nl/helder/blob/main/docs/regels/en-passive.md');
    // English figures; the Dutch ones count nothing.
    const english = report.readability.english!;
    assert.ok(english.words > 150);
    assert.ok(english.fleschReadingEase > 30 && english.fleschReadingEase < 90, String(english.fleschReadingEase));
    assert.ok(english.fleschKincaidGrade > 3 && english.fleschKincaidGrade < 15, String(english.fleschKincaidGrade));
    assert.equal(report.readability.words, 0);
  });

  it('checks the English paragraph of a Dutch letter with the English rules, and the rest with the Dutch ones', async () => {
    const report = (await checkerWithSpelling()).check(dutchLetter);
    assert.equal(report.language, 'nl');
    const englishStart = dutchLetter.indexOf('Summary in English');
    const englishEnd = dutchLetter.indexOf('U krijgt') - 2;
    // The heading goes with the paragraph under it.
    assert.deepEqual(
      report.otherLanguage.map((part) => [part.language, part.start.offset, part.end.offset]),
      [['en', englishStart, englishEnd]],
    );
    const inside = report.findings.filter((finding) => finding.start.offset >= englishStart && finding.end.offset <= englishEnd);
    const outside = report.findings.filter((finding) => finding.end.offset <= englishStart || finding.start.offset >= englishEnd);
    assert.deepEqual(inside.map((finding) => [finding.ruleId, finding.actual]), [
      ['simplify', 'Should you require'],
      ['simplify', 'do not hesitate to'],
    ]);
    assert.ok(!inside.some((finding) => finding.ruleId === 'spelling'), 'no Dutch spelling in English text');
    assert.ok(outside.some((finding) => finding.ruleId === 'jargon' && finding.actual === 'Indien'));
    assert.ok(!outside.some((finding) => finding.ruleId === 'simplify'));
    // Figures for both.
    assert.ok(report.readability.words > 40);
    // In plain text the heading line is a paragraph too: 3 + 26 words.
    assert.equal(report.readability.english?.words, 29);
  });

  it('keeps the document language for a short text it cannot tell, and lets the language be set', () => {
    const short = checker().check('OK, tot morgen!');
    assert.equal(short.language, 'nl');
    assert.deepEqual(short.otherLanguage, []);
    const welcome = checker().check('Welkom / Welcome');
    assert.equal(welcome.language, 'nl');
    // Set to English, a short text gets the English rules.
    const english = checker().check('Please utilise the online form prior to your appointment.', {language: 'en'});
    assert.equal(english.language, 'en');
    assert.deepEqual(english.findings.map((finding) => finding.actual), ['utilise', 'prior to']);
    // Set to Dutch, the English paragraph gets the Dutch rules (and nothing is detected).
    const forced = createChecker({language: 'nl'}).check(dutchLetter);
    assert.deepEqual(forced.otherLanguage, []);
    assert.ok(!forced.findings.some((finding) => finding.ruleId === 'simplify'));
    assert.equal(forced.readability.english, undefined);
  });

  it('applies rule settings to English findings: shared ids, English-only ids, severities, maxWords', () => {
    const text = readFileSync(`${root}voorbeelden/letter-expats-en.txt`, 'utf8');
    const ids = (rules: Record<string, unknown>) => new Set(createChecker({rules: rules as never}).check(text).findings.map((finding) => finding.ruleId));
    assert.ok(!ids({passive: false}).has('passive'));
    assert.ok(!ids({simplify: 'off'}).has('simplify'));
    const errors = createChecker({rules: {simplify: 'error'}}).check(text).findings.filter((finding) => finding.ruleId === 'simplify');
    assert.ok(errors.length > 0 && errors.every((finding) => finding.severity === 'error'));
    const long = (maxWords: number) => createChecker({rules: {'long-sentence': {maxWords}}}).check(text).findings.filter((finding) => finding.ruleId === 'long-sentence').length;
    assert.ok(long(10) > long(20));
    assert.throws(() => createChecker({rules: {simplify: {ignore: ['x']}}}), /kent de instelling 'ignore' niet/);
  });

  it('gives the same findings incrementally while an English paragraph is edited', () => {
    const incremental = checker();
    const cache = incremental.createCache();
    const edits = [dutchLetter, dutchLetter.replace('please do not hesitate to', 'please'), dutchLetter.replace('Should you require', 'If you need').replace('Indien u', 'Als u')];
    for (const text of edits) {
      const fresh = createChecker().check(text);
      const kept = incremental.check(text, {cache});
      assert.deepEqual(kept, fresh);
    }
  });
});
