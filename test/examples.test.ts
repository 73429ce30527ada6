// One generic test over every example that lives beside a rule or in a word list:
// the bad sentence is flagged by that rule (or entry), the better sentence is not.
import assert from 'node:assert/strict';
import {allRules} from '../lint-rules/index.js';
import {loadWordlists} from '../scripts/wordlist-data.js';
import type {Checker} from '../lint-rules/index.js';
import {checker, checkerWithSpelling} from './support/helpers.js';

describe('rule examples', () => {
  // With the dictionaries, so the spelling rule's examples run too.
  let withSpelling: Checker;
  before(async () => {
    withSpelling = await checkerWithSpelling();
  });
  for (const rule of allRules) {
    rule.examples.forEach((example, index) => {
      it(`${rule.id} #${index + 1}: flags the bad sentence and not the good one`, () => {
        // An English-only rule's example is a single sentence, too short to detect: it is checked as English.
        const flagged = (text: string) => withSpelling.check(text, {language: rule.language ?? 'auto'}).findings.filter((f) => f.ruleId === rule.id);
        assert.ok(flagged(example.bad).length > 0, `not flagged: ${example.bad}`);
        assert.deepEqual(flagged(example.good).map((f) => f.actual), [], `flagged: ${example.good}`);
      });
      it(`${rule.id} #${index + 1}: has no spelling mistakes of its own`, () => {
        const sentences = rule.id === 'spelling' ? [example.good] : [example.bad, example.good];
        for (const sentence of sentences) {
          const typos = withSpelling.check(sentence, {language: rule.language ?? 'auto'}).findings.filter((f) => f.ruleId === 'spelling');
          assert.deepEqual(typos.map((f) => f.actual), [], sentence);
        }
      });
    });
  }
});

describe('word list examples', () => {
  const {data} = loadWordlists();
  for (const list of data.wordlists) {
    describe(list.category, () => {
      for (const entry of list.entries) {
        it(`${entry.term}: example flagged, rewrite clean`, () => {
          const ruleId = list.rule ?? 'jargon';
          const jargon = (text: string) => checker().check(text).findings.filter((f) => f.ruleId === ruleId);
          const hits = jargon(entry.example);
          assert.ok(
            hits.some((f) => entry.alternatives.some((alternative) => f.message.includes(`‘${alternative}’`))),
            `“${entry.example}” gives ${JSON.stringify(hits.map((f) => f.actual))}`,
          );
          const stillThere = jargon(entry.rewrite).filter((f) => f.explanation.startsWith(entry.explanation));
          assert.deepEqual(stillThere.map((f) => f.actual), [], `rewrite still has the term: ${entry.rewrite}`);
        });
      }
    });
  }
});
