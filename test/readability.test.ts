import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {brouwer, estimateLevel, fleschDouma} from '../lint-rules/readability.js';
import {checker, corpusDir, findingsOf} from './support/helpers.js';

describe('readability', () => {
  it('uses the Flesch-Douma and Brouwer formulas', () => {
    assert.equal(fleschDouma(10, 1.5), 206.835 - 9.3 - 115.5);
    assert.equal(brouwer(10, 1.5), 195 - 20 - 66.7 * 1.5);
  });

  it('reports words, sentences and syllables for a document', () => {
    const {readability} = checker().check('Wij sturen u een brief. U krijgt het geld over vier weken.');
    assert.equal(readability.sentences, 2);
    assert.equal(readability.words, 12);
    // wij stu-ren u een brief (6) / u krijgt het geld o-ver vier we-ken (9)
    assert.equal(readability.syllables, 15);
    assert.equal(readability.wordsPerSentence, 6);
    assert.equal(readability.fleschDouma, Math.round(fleschDouma(6, 15 / 12) * 10) / 10);
    assert.equal(readability.level.code, 'A2');
  });

  it('gives figures per paragraph and leaves headings out', () => {
    const text = '# Afval\n\nWij halen uw afval op. Dat doen wij elke week.\n\nDe gemeentelijke afvalstoffenheffing wordt jaarlijks vastgesteld.';
    const {readability} = checker().check(text, {format: 'markdown'});
    assert.equal(readability.paragraphs.length, 2);
    assert.equal(readability.paragraphs[0].start.line, 3);
    assert.equal(readability.paragraphs[0].sentences, 2);
    assert.ok(readability.paragraphs[1].fleschDouma < readability.paragraphs[0].fleschDouma);
    assert.equal(readability.words, 16);
  });

  it('estimates a level and says it is about B1 for plain text', () => {
    assert.equal(estimateLevel(70, 100).label, 'ongeveer B1');
    assert.equal(estimateLevel(55, 100).label, 'moeilijker dan B1 (ongeveer B2)');
    assert.equal(estimateLevel(0, 0).code, 'onbekend');
  });

  it('gives Flesch-Douma and Brouwer for each corpus document', () => {
    for (const name of ['actieplan-open-overheid-webpagina.txt', 'open-overheid-themapagina.txt', 'alliantie-open-overheid-webpagina.txt']) {
      const {readability} = checker().check(readFileSync(corpusDir + name, 'utf8'));
      assert.ok(readability.words > 300, `${name}: ${readability.words} words`);
      assert.ok(readability.fleschDouma > 0 && readability.fleschDouma < 100, `${name}: FD ${readability.fleschDouma}`);
      assert.ok(readability.brouwer > 0 && readability.brouwer < 100, `${name}: Brouwer ${readability.brouwer}`);
      assert.ok(readability.paragraphs.length > 5);
    }
  });

  it('scores the simple side of the sentence pairs as easier than the complex side', () => {
    const rows = readFileSync(corpusDir + 'gemeente-zinnen-dev.tsv', 'utf8').trim().split('\n').slice(1).map((line) => line.split('\t'));
    const complex = checker().check(rows.map((row) => row[1]).join('\n\n')).readability;
    const simple = checker().check(rows.map((row) => row[2]).join('\n\n')).readability;
    assert.ok(rows.length > 600);
    assert.ok(simple.fleschDouma > complex.fleschDouma, `simple ${simple.fleschDouma} vs complex ${complex.fleschDouma}`);
    assert.ok(simple.brouwer > complex.brouwer, `simple ${simple.brouwer} vs complex ${complex.brouwer}`);
    assert.ok(simple.wordsPerSentence < complex.wordsPerSentence);
  });

  describe('rule: hard sentences', () => {
    const flag = [
      'De gemeentelijke belastingaanslag wordt overeenkomstig de verordening onroerendezaakbelastingen vastgesteld op basis van de waardebeschikking.',
      'Openbaarmaking van overheidsinformatie bevordert de controleerbaarheid van bestuurlijke besluitvorming aanzienlijk.',
    ];
    const leave = [
      'Wij halen uw afval op maandag en donderdag op bij de stoep.',
      'U kunt uw nieuwe pas ophalen bij de balie in het stadhuis.',
      'Het college van burgemeester en wethouders van de gemeente Veldhoven-Noord,',
      'Democratie is namelijk niet vanzelfsprekend.',
    ];
    for (const sentence of flag) it(`flags: ${sentence}`, () => assert.equal(findingsOf(sentence, 'readability').length, 1));
    for (const sentence of leave) it(`leaves alone: ${sentence}`, () => assert.equal(findingsOf(sentence, 'readability').length, 0));
    it('is an info finding that names the long words, not names or numbers', () => {
      const [finding] = findingsOf(flag[0], 'readability');
      assert.equal(finding.severity, 'info');
      assert.match(finding.message, /‘belastingaanslag’/);
      assert.doesNotMatch(finding.message, /De gemeentelijke/);
    });
  });

  it('gives every prose sentence its own figures when asked (bySentence), and only then', () => {
    const text = '# Uw aanvraag\n\nWij sturen u een brief. U krijgt het geld over vier weken.\n\nHeeft u vragen? Bel ons.';
    assert.equal(checker().check(text, {format: 'markdown'}).readability.bySentence, undefined);
    const {readability} = checker().check(text, {format: 'markdown', bySentence: true});
    const sentences = readability.bySentence!;
    // The heading is not a sentence.
    assert.deepEqual(
      sentences.map((sentence) => text.slice(sentence.start.offset, sentence.end.offset)),
      ['Wij sturen u een brief.', 'U krijgt het geld over vier weken.', 'Heeft u vragen?', 'Bel ons.'],
    );
    assert.deepEqual(sentences.map((sentence) => [sentence.words, sentence.paragraph]), [[5, 0], [7, 0], [3, 1], [2, 1]]);
    assert.equal(sentences.reduce((sum, sentence) => sum + sentence.words, 0), readability.words);
    assert.equal(sentences[0].fleschDouma, Math.round(fleschDouma(5, 6 / 5) * 10) / 10);
    assert.equal(sentences[2].start.line, 5);
  });
});
