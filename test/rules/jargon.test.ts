import assert from 'node:assert/strict';
import {createChecker, type Wordlist} from '../../lint-rules/index.js';
import {findingsOf} from '../support/helpers.js';

// A list of our own for testing the mechanism, independent of the shipped data.
const testList: Wordlist = {
  category: 'testlijst',
  title: 'Testlijst',
  entries: [
    {
      term: 'verschaffen', type: 'verb', stem: 'verschaf', alternatives: ['geven'],
      explanation: 'Verschaffen is stijf.', example: 'Wij verschaffen u de stukken.', rewrite: 'Wij geven u de stukken.',
    },
    {
      term: 'aanwenden', type: 'verb', stem: 'aanwend', separable: 'aan', alternatives: ['gebruiken'],
      explanation: 'Aanwenden is ambtelijk.', example: 'Het geld is aangewend.', rewrite: 'Het geld is gebruikt.',
    },
    {
      term: 'onverwijld', type: 'fixed', alternatives: ['meteen', 'direct'],
      explanation: 'Onverwijld is ouderwets.', example: 'Meld dit onverwijld.', rewrite: 'Meld dit meteen.',
    },
    {
      term: 'in het kader van', type: 'fixed', alternatives: ['bij', 'voor'],
      explanation: 'Omslachtig.', example: 'In het kader van de wet.', rewrite: 'Bij de wet.',
    },
    {
      term: 'kader', type: 'noun', plural: 'kaders', alternatives: ['regel'], alternativePlurals: ['regels'],
      explanation: 'Vaag woord.', example: 'Het kader is duidelijk.', rewrite: 'De regel is duidelijk.',
      exceptions: ['kader en personeel'],
    },
    {
      term: 'summier', type: 'adjective', inflected: 'summiere', alternatives: ['kort'], alternativeInflected: ['korte'],
      explanation: 'Moeilijk woord.', example: 'Een summier antwoord.', rewrite: 'Een kort antwoord.',
    },
  ],
};
const conjugated = createChecker({wordlists: [testList], rules: {'long-sentence': false, readability: false}});
const jargonIn = (text: string) => conjugated.check(text).findings.filter((finding) => finding.ruleId === 'jargon');

describe('rule: jargon (mechanism)', () => {
  it('finds inflected forms of a verb and keeps the suggestion in the same form where it can', () => {
    const found = jargonIn('Wij verschaften u de stukken. U verschaft ons de stukken. De verschafte stukken.');
    assert.deepEqual(found.map((f) => f.actual), ['verschaften', 'verschaft', 'verschafte']);
  });

  it('finds the contiguous forms of a separable verb', () => {
    assert.deepEqual(jargonIn('Het geld is aangewend. U kunt het geld aanwenden.').map((f) => f.actual), ['aangewend', 'aanwenden']);
  });

  it('matches a phrase across a line break and prefers the longest match', () => {
    const found = jargonIn('Wij doen dit in het\nkader van de nieuwe wet.');
    assert.equal(found.length, 1);
    assert.equal(found[0].actual, 'in het\nkader van');
    assert.deepEqual(found[0].suggestions, ['bij', 'voor']);
    assert.equal(found[0].start.line, 1);
    assert.equal(found[0].end.line, 2);
  });

  it('does not match a phrase across punctuation or a sentence end', () => {
    assert.equal(jargonIn('Dit hoort in het. Kader van de wet.').filter((f) => f.actual.includes(' ')).length, 0);
  });

  it('keeps the case of the original in the suggestion', () => {
    assert.deepEqual(jargonIn('Onverwijld melden.')[0].suggestions, ['Meteen', 'Direct']);
    assert.deepEqual(jargonIn('MELD DIT ONVERWIJLD.')[0].suggestions, ['METEEN', 'DIRECT']);
  });

  it('gives plural and inflected alternatives for nouns and adjectives', () => {
    assert.deepEqual(jargonIn('De kaders zijn streng.')[0].suggestions, ['regels']);
    assert.deepEqual(jargonIn('Een summiere uitleg.')[0].suggestions, ['korte']);
  });

  it('leaves a term alone inside one of its exception phrases', () => {
    assert.equal(jargonIn('Het kader en personeel van de brandweer.').length, 0);
    assert.equal(jargonIn('Het kader is streng.').length, 1);
  });

  it('does not match inside other words, URLs or code', () => {
    assert.equal(jargonIn('De kadertekst staat op www.example.nl/onverwijld hier.').length, 0);
    assert.equal(conjugated.check('Gebruik `onverwijld` als voorbeeld.', {format: 'markdown'}).findings.length, 0);
  });

  it('can switch a category off', () => {
    const quiet = createChecker({wordlists: [testList], rules: {jargon: {disabledCategories: ['testlijst']}}});
    assert.equal(quiet.check('Meld dit onverwijld.').findings.filter((f) => f.ruleId === 'jargon').length, 0);
  });
});

describe('rule: jargon (shipped word lists)', () => {
  const cases: [string, string, string[]][] = [
    ['Wij vragen dit teneinde uw aanvraag te behandelen.', 'teneinde', ['om']],
    ['Indien u vragen heeft, bel ons dan.', 'Indien', ['Als']],
    ['U kunt het formulier middels dit e-mailadres opsturen.', 'middels', ['met', 'via']],
    ['Wij hebben een vraag met betrekking tot uw aanvraag.', 'met betrekking tot', ['over']],
    ['De gemeente verstrekt u een vergunning.', 'verstrekt', ['geeft']],
  ];
  for (const [sentence, actual, suggestions] of cases) {
    it(`flags ‘${actual}’ in: ${sentence}`, () => {
      const found = findingsOf(sentence, 'jargon');
      const finding = found.find((f) => f.actual === actual);
      assert.ok(finding, `no finding for ${actual}: ${JSON.stringify(found.map((f) => f.actual))}`);
      for (const suggestion of suggestions) assert.ok(finding.suggestions.includes(suggestion), `${suggestion} in ${finding.suggestions}`);
      assert.equal(finding.severity, 'warning');
      assert.match(finding.message, /Schrijf liever/);
    });
  }

  it('flags ‘in het kader van’ as one phrase', () => {
    const found = findingsOf('Wij doen dit in het kader van de nieuwe wet.', 'jargon');
    assert.deepEqual(found.map((f) => f.actual), ['in het kader van']);
  });

  const plain = [
    'Wij sturen u een brief over uw aanvraag.',
    'Als u vragen heeft, kunt u ons bellen.',
    'U krijgt het geld binnen vier weken op uw rekening.',
    'De gemeente geeft u een vergunning voor twee jaar.',
    'Wilt u het formulier ondertekenen en terugsturen?',
    'Op deze pagina leest u hoe u een paspoort aanvraagt.',
    'Democratie is niet vanzelfsprekend. We moeten eraan blijven werken.',
    'De mensen in de wijk praten mee over de nieuwe speeltuin.',
  ];
  for (const sentence of plain) {
    it(`leaves alone: ${sentence}`, () => assert.deepEqual(findingsOf(sentence, 'jargon').map((f) => f.actual), []));
  }
});
