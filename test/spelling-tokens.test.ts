// Which words the spelling rule looks up. No dictionary needed: this is only the filter.
import assert from 'node:assert/strict';
import {buildTree, type Format} from '../lint-rules/parse.js';
import {type SpellingCandidate, spellingCandidates} from '../lint-rules/spelling/tokens.js';

function candidates(text: string, format: Format = 'plain'): SpellingCandidate[] {
  return spellingCandidates(buildTree(text, format), text);
}

const words = (text: string, format: Format = 'plain') => candidates(text, format).map((candidate) => candidate.word);

describe('spelling: which words are looked up', () => {
  it('gives every ordinary word with its place in the document', () => {
    const text = 'Wij sturen u een brief.';
    const found = candidates(text);
    assert.deepEqual(found.map((c) => c.word), ['Wij', 'sturen', 'een', 'brief']);
    for (const c of found) assert.equal(text.slice(c.start, c.end), c.word);
  });

  it('leaves out single letters', () => {
    assert.deepEqual(words('Heeft u een vraag? Zie bijlage a en b.'), ['Heeft', 'een', 'vraag', 'Zie', 'bijlage', 'en']);
  });

  it('leaves out URLs and e-mail addresses', () => {
    assert.deepEqual(words('Kijk op https://www.overheid.nl/onderwerpen of www.rijksoverheid.nl en mail naar info@gemeente-voorbeeld.nl vandaag.'), [
      'Kijk', 'op', 'of', 'en', 'mail', 'naar', 'vandaag',
    ]);
  });

  it('leaves out numbers and every word with a digit in it', () => {
    assert.deepEqual(words('In 2026 krijgen 12-jarige kinderen voor de 3e keer 1.250 euro, zie A4 en CO2-uitstoot.'), [
      'In', 'krijgen', 'kinderen', 'voor', 'de', 'keer', 'euro', 'zie', 'en',
    ]);
  });

  it('leaves out acronyms: two or more capitals, also with an ending', () => {
    assert.deepEqual(words("Het ministerie van BZK werkt met OGP, de PvdA, DigiD en de AOW'er."), ['Het', 'ministerie', 'van', 'werkt', 'met', 'de', 'en', 'de']);
  });

  it('checks only the word after an acronym and a hyphen (Woo-besluit, Wob-verzoek, AOW-uitkering)', () => {
    const text = 'Een Woo-besluit, een Wob-verzoek, de WOZ-waarde en de AOW-uitkering.';
    const found = candidates(text).filter((c) => c.alternatives.length > 0);
    assert.deepEqual(found.map((c) => c.word), ['besluit', 'verzoek', 'waarde', 'uitkering']);
    assert.deepEqual(found.map((c) => text.slice(c.start, c.end)), ['besluit', 'verzoek', 'waarde', 'uitkering']);
    // The whole word counts too, for the dictionary that knows it.
    assert.deepEqual(found[0].alternatives, [['Woo-besluit']]);
  });

  it('leaves out abbreviations with a full stop', () => {
    assert.deepEqual(words('Dit geldt o.a. voor bijv. fietsen z.g.a.n. en dhr. Jansen.'), ['Dit', 'geldt', 'voor', 'fietsen', 'en', 'Jansen']);
  });

  it('looks up plurals and short forms with an apostrophe as one word', () => {
    assert.deepEqual(words("De auto's en cd's van oma's, zo'n fiets en z'n boek."), ['De', "auto's", 'en', "cd's", 'van', "oma's", "zo'n", 'fiets', 'en', "z'n", 'boek']);
  });

  it('straightens a typographic apostrophe for the dictionary but keeps the span', () => {
    const text = 'Twee auto’s.';
    const [, auto] = candidates(text);
    assert.equal(auto.word, "auto's");
    assert.equal(text.slice(auto.start, auto.end), 'auto’s');
  });

  it('does not take quotes or a possessive apostrophe for part of the word', () => {
    assert.deepEqual(words("Het woord 'dubbel' en Niels' fiets."), ['Het', 'woord', 'dubbel', 'en', 'Niels', 'fiets']);
    assert.deepEqual(words("In 's-Hertogenbosch."), ['In', "'s-Hertogenbosch"]);
  });

  it('leaves out code spans, code blocks, HTML tags and front matter in Markdown', () => {
    const text = [
      '---', 'titel: Een tset met fouten', 'auteur: Jnasen', '---', '',
      'Gebruik `kode` of <em class="nadrukk">alleen</em> dit.', '',
      '```', 'functie foutje()', '```', '',
      '<div class="blok">htmll</div>', '',
      'Zie [de website](https://www.exampel.nl/pagina) en ![plaatje](fotoo.png).',
    ].join('\n');
    // The text between inline tags is prose; the tags and their attributes are not.
    assert.deepEqual(words(text, 'markdown'), ['Gebruik', 'of', 'alleen', 'dit', 'Zie', 'de', 'website', 'en']);
  });

  it('joins a word broken over a line with a hyphen and spans both halves', () => {
    const text = 'Het verkeers-\nbord staat op de hoek.';
    const found = candidates(text).find((c) => c.word === 'verkeersbord');
    assert.ok(found, JSON.stringify(words(text)));
    assert.equal(text.slice(found.start, found.end), 'verkeers-\nbord');
    // The hyphenated form counts as well: zee-\negel is zee-egel.
    assert.deepEqual(found.alternatives[0], ['verkeers-bord']);
    assert.deepEqual(words('De zee-\r\n  egel.'), ['De', 'zeeegel']);
    assert.equal(candidates('De zee-\negel.')[1].alternatives[0][0], 'zee-egel');
  });

  it('joins at a soft hyphen, and reads a soft hyphen inside a word as nothing', () => {
    assert.deepEqual(words('Het verkeers\u00AD\nbord en het verkeers\u00ADbord.'), ['Het', 'verkeersbord', 'en', 'het', 'verkeersbord']);
  });

  it('after an acronym broken over a line, checks the word after it', () => {
    const text = 'Uw AOW-\nuitkering.';
    const found = candidates(text).find((c) => c.word === 'uitkering');
    assert.ok(found);
    assert.deepEqual(found.alternatives, [['AOW-uitkering']]);
  });

  it('leaves a shortened compound alone (Rijks- en gemeentelijke diensten)', () => {
    assert.deepEqual(words('Rijks- en gemeentelijke diensten, zij-\nen achterkant.'), ['en', 'gemeentelijke', 'diensten', 'en', 'achterkant']);
  });

  it('does not join over a blank line', () => {
    assert.deepEqual(words('Een kop-\n\nnieuwe alinea.'), ['Een', 'nieuwe', 'alinea']);
  });

  it('offers the parts of a hyphenated word, without single letters and acronyms', () => {
    const [mail, burgers] = candidates('e-mail niet-EU-burgers').filter((c) => c.alternatives.length);
    assert.deepEqual(mail, {word: 'e-mail', start: 0, end: 6, alternatives: [['mail']]});
    assert.deepEqual(burgers.alternatives, [['niet', 'burgers']]);
  });

  it('checks each side of a slash', () => {
    assert.deepEqual(words('Aan/afmelden kan en/of bellen t/m vrijdag.'), ['Aan', 'afmelden', 'kan', 'en', 'of', 'bellen', 'vrijdag']);
  });

  it('leaves out placeholders and words with symbols', () => {
    assert.deepEqual(words('Beste heer xxx, uw R&D en mijn_bestand.'), ['Beste', 'heer', 'uw', 'en']);
  });
});
