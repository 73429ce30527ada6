import assert from 'node:assert/strict';
import {countSyllables} from '../lint-rules/dutch/syllables.js';

describe('Dutch syllable counting', () => {
  const cases: [string, number][] = [
    ['over', 2], ['open', 2], ['de', 1], ['een', 1], ['nieuw', 1], ['eeuw', 1], ['huis', 1], ['mijn', 1],
    ['draaien', 2], ['mooie', 2], ['groeien', 2], ['informatie', 4], ['radio', 3], ['theater', 3],
    ['niveau', 2], ['beëindigen', 4], ['geïnteresseerd', 5], ['ideeën', 3], ['Italië', 4], ['zeeën', 2],
    ['actuele', 4], ['bijzondere', 4], ['rijksoverheid', 4], ['aanvraag', 2], ['gemeente', 3],
    ['arbeidsongeschiktheidsverzekering', 10], ['Oekraïne', 4],
  ];
  for (const [word, expected] of cases) {
    it(`${word}: ${expected}`, () => assert.equal(countSyllables(word), expected));
  }

  it('counts short acronyms letter by letter', () => {
    assert.equal(countSyllables('BZK'), 3);
  });
});
