import assert from 'node:assert/strict';
import {unified} from 'unified';
import {VFile} from 'vfile';
import {allRules, createChecker, type Checker, type Finding, type Speller, type SpellingSupport} from '../../lint-rules/index.js';
import {buildTree, PositionIndex} from '../../lint-rules/parse.js';
import {spelling} from '../../lint-rules/rules/spelling.js';
import {checkerWithSpelling, freshSpellingSupport, spellingSupport} from '../support/helpers.js';

const onlySpelling = Object.fromEntries(allRules.filter((rule) => rule.id !== 'spelling').map((rule) => [rule.id, false]));

/** A speller that knows a fixed set of words and counts its suggestion look-ups. */
function fakeSpeller(language: 'nl' | 'en', known: string[], suggestions: Record<string, string[]> = {}) {
  const words = new Set(known);
  const speller: Speller & {suggestCalls: number} = {
    language,
    suggestCalls: 0,
    correct: (word) => words.has(word) || words.has(word.toLowerCase()),
    known: (word) => words.has(word) || words.has(word.toLowerCase()),
    suggest(word, limit = 5) {
      speller.suggestCalls++;
      return (suggestions[word.toLowerCase()] ?? []).slice(0, limit);
    },
    add: (word) => void words.add(word),
    remove: (word) => void words.delete(word),
  };
  return speller;
}

describe('rule: spelling (mechanism, with small test dictionaries)', () => {
  const dutchWords = 'wij sturen u de brief over een het team doet aan in wijk werkt met en'.split(' ');
  const dutch = fakeSpeller('nl', dutchWords, {vergunnig: ['vergunning', 'vergunningen'], brif: ['brief', 'brief']});
  const english = fakeSpeller('en', ['outreach', 'Chicago', 'to']);
  const check = (text: string, {support = {dutch, english} as SpellingSupport | null, words = [] as string[]} = {}) =>
    createChecker({spelling: support ?? undefined, rules: {...onlySpelling, spelling: {words}}}).check(text).findings;

  it('finds nothing without dictionaries', () => {
    assert.deepEqual(check('Wij sturen u de brif.', {support: null}), []);
  });

  it('names the word, gives suggestions in the case of the original and links the rule page', () => {
    const [finding] = check('Vergunnig.');
    assert.equal(finding.actual, 'Vergunnig');
    assert.equal(finding.message, '‘Vergunnig’ staat niet in het woordenboek. Bedoelt u ‘Vergunning’?');
    assert.deepEqual(finding.suggestions, ['Vergunning', 'Vergunningen']);
    assert.equal(finding.severity, 'warning');
    assert.match(finding.explanation, /lezer/);
    assert.match(finding.url, /docs\/regels\/spelling\.md$/);
  });

  it('gives each suggestion once and leaves out “Bedoelt u” without suggestions', () => {
    assert.deepEqual(check('De brif.')[0].suggestions, ['brief']);
    assert.equal(check('De grmbl.')[0].message, '‘grmbl’ staat niet in het woordenboek.');
  });

  it('asks the speller for suggestions once per word in a check', () => {
    const before = dutch.suggestCalls;
    assert.equal(check('De brif, de brif en de brif.').length, 3);
    assert.equal(dutch.suggestCalls - before, 1);
  });

  it('calls an English word “Engels woord?” without suggestions', () => {
    const [finding] = check('Het team doet aan outreach in de wijk.');
    assert.equal(finding.actual, 'outreach');
    assert.match(finding.message, /^Engels woord\? ‘outreach’/);
    assert.match(finding.explanation, /Nederlands woord/);
    assert.deepEqual(finding.suggestions, []);
  });

  it('marks the English-word message as info on the vfile message (fatal undefined)', () => {
    const text = 'Het team doet aan outreach en de brif.';
    const file = new VFile({value: text});
    const tree = buildTree(text, 'plain', new PositionIndex(text));
    unified().use(spelling.plugin, {words: [], suggest: true, url: '', spelling: {dutch, english}}).runSync(tree, file);
    assert.deepEqual(file.messages.map((message) => [message.actual, message.fatal]), [['outreach', undefined], ['brif', false]]);
  });

  it('reports an English word with severity info', () => {
    assert.equal(check('Het team doet aan outreach in de wijk.')[0].severity, 'info');
  });

  it('leaves alone a name the English dictionary knows with its capital', () => {
    assert.deepEqual(check('Het team werkt in Chicago.'), []);
  });

  it('takes a two-letter English word for a Dutch typo', () => {
    assert.equal(check('Wij sturen de brief to de wijk.')[0].message, '‘to’ staat niet in het woordenboek.');
  });

  it('accepts the words the host passes, with the dictionary’s rules for capitals', () => {
    const words = ['zorgvrager', 'Pleio'];
    assert.deepEqual(check('De zorgvrager, Zorgvrager en ZORGVRAGER werkt met Pleio en PLEIO.', {words}), []);
    const found = check('De zorgvrager werkt met Pleio en pleio.', {words});
    assert.deepEqual(found.map((f) => f.actual), ['pleio']);
  });

  it('accepts words that the speller learns between checks', () => {
    const own = fakeSpeller('nl', dutchWords);
    const checker = createChecker({spelling: {dutch: own}, rules: onlySpelling});
    assert.equal(checker.check('Het team werkt met Pleio.').findings.length, 1);
    own.add('Pleio');
    assert.equal(checker.check('Het team werkt met Pleio.').findings.length, 0);
  });

  it('accepts words from the word lists; the jargon rule speaks about them', () => {
    const found = createChecker({spelling: {dutch, english}}).check('Het team werkt met governance.').findings;
    assert.deepEqual(found.map((f) => f.ruleId), ['jargon']);
  });

  it('gives typographic apostrophes back in suggestions', () => {
    const support = {dutch: fakeSpeller('nl', ['de'], {"autoo's": ["auto's"]})};
    assert.deepEqual(check('De autoo’s.', {support})[0].suggestions, ['auto’s']);
  });
});

describe('rule: spelling (Dutch and English dictionaries)', () => {
  let withSpelling: Checker;
  before(async () => {
    withSpelling = await checkerWithSpelling();
  });
  const spellingIn = (text: string, format: 'plain' | 'markdown' = 'plain'): Finding[] =>
    withSpelling.check(text, {format}).findings.filter((finding) => finding.ruleId === 'spelling');

  const typos: [string, string, string][] = [
    ['Wij sturen u een brief over de verkeninngsfase van het project.', 'verkeninngsfase', 'verkenningsfase'],
    ['U krijgt binnen acht weken een besluit over uw vergunnig.', 'vergunnig', 'vergunning'],
    ['Wij hebben uw aanvraag goed ontvagnen.', 'ontvagnen', 'ontvangen'],
    ['De gemeentte helpt u graag.', 'gemeentte', 'gemeente'],
    ['Meer informatiie vindt u op onze website.', 'informatiie', 'informatie'],
    ['Heeft u recht op bijzondre bijstand?', 'bijzondre', 'bijzondere'],
    ['U kunt de toeslagg online aanvragen.', 'toeslagg', 'toeslag'],
    ['Vergunnig aanvragen kan online.', 'Vergunnig', 'Vergunning'],
    ['Het Woo-beslut staat op onze website.', 'beslut', 'besluit'],
    ['Stuur ons een e-mial met uw vraag.', 'e-mial', 'e-mail'],
  ];
  for (const [sentence, actual, suggestion] of typos) {
    it(`flags ‘${actual}’ in: ${sentence}`, () => {
      const found = spellingIn(sentence);
      assert.deepEqual(found.map((f) => f.actual), [actual]);
      assert.ok(found[0].suggestions.includes(suggestion), `${suggestion} in ${found[0].suggestions}`);
      assert.ok(found[0].suggestions.length <= 5);
      assert.equal(found[0].severity, 'warning');
      assert.match(found[0].message, /staat niet in het woordenboek/);
    });
  }

  it('reports a word broken over a line once, over both halves', () => {
    const text = 'Het verkeers-\nbrod staat op de hoek.';
    const [finding, ...rest] = spellingIn(text);
    assert.equal(rest.length, 0);
    assert.equal(finding.actual, 'verkeers-\nbrod');
    assert.deepEqual([finding.start.line, finding.end.line], [1, 2]);
    assert.match(finding.message, /^‘verkeersbrod’ staat niet/);
    assert.ok(finding.suggestions.includes('verkeersbord'));
  });

  it('calls an English word “Engels woord?”', () => {
    const found = spellingIn('Het team doet aan outreach in de wijk.');
    assert.deepEqual(found.map((f) => f.actual), ['outreach']);
    assert.match(found[0].message, /^Engels woord\?/);
  });

  const correct = [
    'De gemeente verwerkt uw persoonsgegevens zorgvuldig.',
    'Goede dienstverlening is belangrijk voor de Rijksoverheid en het bedrijfsleven.',
    'Vraag huurtoeslag aan bij de Belastingdienst.',
    'Voor een omgevingsvergunning kijkt de gemeente naar het bestemmingsplan.',
    'De mantelzorger krijgt hulp van het wijkteam.',
    "De auto's en fietsen staan in de straat; oma’s en opa's zijn welkom.",
    'Uw AOW-uitkering, het Wob-verzoek en het Woo-besluit staan in de brief van het ministerie van BZK.',
    'Mail naar info@gemeente-voorbeeld.nl of kijk op https://www.rijksoverheid.nl/onderwerpen voor 1 april 2026.',
    'Een 12-jarige mag o.a. meedoen aan de OGP-bijeenkomst.',
    'Het verkeers-\nbord staat op de hoek, bij de zee-\negel van het Noord-\nHollandse museum.',
    "Stuur een e-mail naar de gemeenteraad in 's-Hertogenbosch.",
    'Zo’n aanvraag voor kwijtschelding duurt acht weken.',
  ];
  for (const sentence of correct) {
    it(`leaves alone: ${sentence.replace(/\n/g, '⏎')}`, () => assert.deepEqual(spellingIn(sentence).map((f) => f.actual), []));
  }

  it('leaves code in Markdown alone', () => {
    assert.deepEqual(spellingIn('Typ `verkeninngsfase` in het veld.\n\n```\nvergunnig\n```\n', 'markdown'), []);
  });

  it('accepts a word added to the speller (a personal word list)', async () => {
    const support = await freshSpellingSupport();
    const checker = createChecker({spelling: support, rules: onlySpelling});
    assert.equal(checker.check('Wij werken met Pleio.').findings.length, 1);
    support.dutch.add('Pleio');
    assert.equal(checker.check('Wij werken met Pleio.').findings.length, 0);
    // The shared spellers are untouched.
    assert.equal((await spellingSupport()).dutch.correct('Pleio'), false);
  });
});
