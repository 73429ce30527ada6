// The yardstick for the style rules: on the complex→simple sentence pairs that editors made
// (../shared/corpus/gemeente-zinnen-dev.tsv), the simple sides have at least 30% fewer findings per
// 100 words than the complex sides, with all rules on. `npm run bench` prints the figures per rule.
import assert from 'node:assert/strict';
import {compareCorpus, per100} from '../scripts/corpus-comparison.js';
import {checkerWithSpelling} from './support/helpers.js';

describe('complex and simple sides of the sentence pairs', () => {
  it('the simple sides have at least 30% fewer findings per 100 words', async function () {
    this.timeout(60_000);
    const result = compareCorpus(await checkerWithSpelling());
    const complex = per100(result.complex.findings, result.complex.words);
    const simple = per100(result.simple.findings, result.simple.words);
    assert.ok(result.pairs > 600, `only ${result.pairs} pairs read`);
    assert.ok(simple <= complex * 0.7, `complex ${complex.toFixed(2)}, simple ${simple.toFixed(2)} per 100 words`);
  });

  it('the sentence-level style rules together find fewer problems on the simple sides', async function () {
    this.timeout(60_000);
    const result = compareCorpus(await checkerWithSpelling());
    const styleRules = ['passive', 'nominalization', 'clamp', 'negation', 'vague', 'reader-address', 'abbreviation', 'long-word'];
    const count = (side: typeof result.complex) => styleRules.reduce((sum, id) => sum + (side.byRule.get(id) ?? 0), 0);
    const complex = per100(count(result.complex), result.complex.words);
    const simple = per100(count(result.simple), result.simple.words);
    assert.ok(simple <= complex * 0.7, `complex ${complex.toFixed(2)}, simple ${simple.toFixed(2)} per 100 words`);
  });
});
