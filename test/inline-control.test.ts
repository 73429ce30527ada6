// `<!-- helder-disable … -->`, `<!-- helder-enable … -->` and `<!-- helder-disable-next-line … -->`.
import assert from 'node:assert/strict';
import type {Finding} from '../lint-rules/index.js';
import {readInlineControl} from '../lint-rules/inline-control.js';
import {checker, checkerWithSpelling} from './support/helpers.js';

const found = (findings: Finding[]) => findings.map((finding) => `${finding.ruleId}:${finding.actual}`);

describe('inline control comments', () => {
  for (const format of ['plain', 'markdown'] as const) {
    describe(`in ${format} text`, () => {
      it('switches one rule off until helder-enable', () => {
        const text = [
          'Wij hebben uw aanvraag thans ontvangen.',
          '',
          '<!-- helder-disable jargon -->',
          'Indien u vragen heeft, belt u ons.',
          '<!-- helder-enable jargon -->',
          '',
          'Indien u wilt, mag dat ook per brief.',
        ].join('\n');
        // Only jargon here: three paragraphs without a heading also give a paragraph finding in Markdown.
        const findings = checker().check(text, {format}).findings.filter((finding) => finding.ruleId === 'jargon');
        assert.deepEqual(found(findings), ['jargon:thans', 'jargon:Indien']);
        assert.equal(findings[1].start.line, 7, 'findings after the comments keep their exact place');
      });

      it('switches every rule off when no rule is named, and on again with a bare helder-enable', () => {
        const text = [
          '<!-- helder-disable -->',
          'Teneinde uw aanvraag volledig te kunnen beoordelen, verzoeken wij u gaarne om een kopie van het kentekenbewijs van uw auto alsmede een bewijs van uw woonadres.',
          '<!-- helder-enable -->',
          '',
          'Wij verzoeken u het formulier thans terug te sturen.',
        ].join('\n');
        assert.deepEqual(found(checker().check(text, {format}).findings), ['jargon:verzoeken', 'jargon:thans']);
      });

      it('switches rules off for the next line only', () => {
        const text = ['<!-- helder-disable-next-line jargon, long-sentence -->', 'Teneinde dit te regelen, bellen wij u.', 'Teneinde dat te regelen, schrijven wij u.'].join('\n');
        const findings = checker().check(text, {format}).findings;
        assert.deepEqual(found(findings), ['jargon:Teneinde']);
        assert.equal(findings[0].start.line, 3);
      });

      it('leaves other rules on when one rule is switched off', () => {
        const text = ['<!-- helder-disable long-sentence -->', 'Indien u het formulier niet op tijd terugstuurt, kunnen wij uw aanvraag voor een parkeervergunning voor de wijk Centrum helaas niet in behandeling nemen.'].join('\n');
        assert.deepEqual(found(checker().check(text, {format}).findings), [
          'jargon:Indien',
          'clamp:kunnen wij uw aanvraag voor een parkeervergunning voor de wijk Centrum helaas niet in behandeling nemen',
          'nominalization:in behandeling nemen',
        ]);
      });

      it('reads the comment itself as no prose', async () => {
        const text = '<!-- helder-disable-next-line spelling -->\nHet portaal Pleio is open.\n\nHet portaal Pleio sluit om vijf uur.';
        const findings = (await checkerWithSpelling()).check(text, {format}).findings;
        assert.deepEqual(found(findings), ['spelling:Pleio']);
        assert.equal(findings[0].start.line, 4);
      });
    });
  }

  it('keeps a rule off to the end of the text when helder-enable is missing', () => {
    const control = readInlineControl('Begin.\n<!-- helder-disable jargon -->\nthans\n\nthans');
    assert.equal(control.disabled('jargon', 40), true);
    assert.equal(control.disabled('long-sentence', 40), false);
    assert.equal(control.disabled('jargon', 0), false);
  });

  it('names rule ids that do not exist, so a host can warn about a typo', () => {
    const control = readInlineControl('<!-- helder-disable jargn, long-sentence -->');
    assert.deepEqual(control.unknownRules(new Set(['jargon', 'long-sentence'])), ['jargn']);
  });

  it('ignores ordinary HTML comments', () => {
    const text = '<!-- een gewone opmerking -->\nWij hebben uw aanvraag thans ontvangen.';
    assert.deepEqual(found(checker().check(text, {format: 'markdown'}).findings), ['jargon:thans']);
  });
});
