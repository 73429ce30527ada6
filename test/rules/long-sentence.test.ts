import assert from 'node:assert/strict';
import {createChecker} from '../../lint-rules/index.js';
import {findingsOf} from '../support/helpers.js';

describe('rule: long-sentence', () => {
  const flag = [
    // From the development corpus (Amsterdam municipal texts, complex side).
    'Uit het bewonersonderzoek komt naar voren dat er behoefte is aan (openbaar) vervoer dat betrouwbaar en relatief dichtbij is en op welke manier gebruik kan worden gemaakt van vervoer in de Eendracht.',
    'Ook komt naar voren dat verschillende bewoners niet bekend zijn met huidige vervoersalternatieven zoals de Buurtbus of niet weten hoe ze hiervan gebruik kunnen maken.',
    'Wij hebben uw aanvraag voor een vergunning voor het kappen van twee bomen in uw achtertuin op 3 maart ontvangen en zullen deze zo snel als mogelijk is in behandeling nemen.',
  ];
  const leave = [
    'We onderzochten in oktober 2019 de behoeften en kansen voor nieuwe vormen van vervoer.',
    'Wij hebben uw aanvraag ontvangen.',
    'U hoort binnen acht weken van ons.',
    'Bijvoorbeeld een deelauto, deelfiets, of deelscooter voor bewoners uit de Eendracht.',
    'Democratie is namelijk niet vanzelfsprekend.',
    // Exactly 20 words: the limit itself is fine.
    'Wij sturen u binnen twee weken een brief met daarin de datum en het tijdstip van uw afspraak bij ons.',
  ];
  for (const sentence of flag) it(`flags: ${sentence.slice(0, 60)}…`, () => assert.equal(findingsOf(sentence, 'long-sentence').length, 1));
  for (const sentence of leave) it(`leaves alone: ${sentence}`, () => assert.equal(findingsOf(sentence, 'long-sentence').length, 0));

  it('says how many words, with stronger wording over 30', () => {
    const [over20] = findingsOf(flag[1], 'long-sentence');
    assert.match(over20.message, /telt 25 woorden/);
    const [over30] = findingsOf(flag[0], 'long-sentence');
    assert.match(over30.message, /erg lang: 32 woorden/);
    assert.equal(over30.severity, 'warning');
    assert.equal(over30.actual, flag[0]);
    assert.deepEqual(over30.suggestions, []);
  });

  it('follows the maxWords setting', () => {
    const strict = createChecker({rules: {'long-sentence': {maxWords: 5}}});
    assert.equal(strict.check('Wij hebben uw aanvraag goed ontvangen.').findings.filter((f) => f.ruleId === 'long-sentence').length, 1);
  });

  it('does not treat a heading or a wrapped list as one long sentence', () => {
    const text = 'Wat moet u doen?\n\n- Vul het formulier in en zet uw handtekening eronder\n- Stuur een kopie van uw legitimatiebewijs mee met de brief\n- Doe alles samen in de envelop en stuur hem terug';
    assert.equal(findingsOf(text, 'long-sentence').length, 0);
  });
});
