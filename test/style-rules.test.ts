// Every style rule against its fixtures in test/fixtures/style-rules/<rule-id>.yaml: real sentences
// (from ../shared/corpus where it has them) that the rule must flag, and sentences it must leave
// alone. Runs with the dictionaries, as the command line tool, VS Code and Word do.
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {parse} from 'yaml';
import type {Checker, Finding} from '../lint-rules/index.js';
import {checkerWithSpelling} from './support/helpers.js';

interface FlagItem {
  text: string;
  contains: string;
  source: string;
  format?: 'plain' | 'markdown';
}

interface PassItem {
  text: string;
  why: string;
  source: string;
  format?: 'plain' | 'markdown';
}

const ruleIds = ['passive', 'nominalization', 'clamp', 'reader-address', 'vague', 'abbreviation', 'negation', 'long-word', 'paragraph'];

function fixtures(ruleId: string): {flag: FlagItem[]; pass: PassItem[]} {
  return parse(readFileSync(new URL(`fixtures/style-rules/${ruleId}.yaml`, import.meta.url), 'utf8'));
}

/** The blank-line-separated block around an offset: a paragraph finding marks the paragraph's first sentence. */
function blockAround(text: string, offset: number): [number, number] {
  const start = text.lastIndexOf('\n\n', offset);
  const end = text.indexOf('\n\n', offset);
  return [start < 0 ? 0 : start, end < 0 ? text.length : end];
}

function covers(ruleId: string, text: string, finding: Finding, contains: string): boolean {
  const from = text.indexOf(contains);
  const to = from + contains.length;
  if (ruleId === 'paragraph') {
    const [start, end] = blockAround(text, from);
    return finding.start.offset >= start && finding.start.offset < end;
  }
  return finding.start.offset < to && finding.end.offset > from;
}

describe('style rules on real sentences', () => {
  let checker: Checker;
  before(async () => {
    checker = await checkerWithSpelling();
  });
  for (const ruleId of ruleIds) {
    describe(ruleId, () => {
      const {flag, pass} = fixtures(ruleId);
      it('has at least 8 sentences to flag and 8 to leave alone', () => {
        assert.ok(flag.length >= 8 && pass.length >= 8, `${flag.length} flag, ${pass.length} pass`);
      });
      for (const item of flag) {
        it(`flags: ${item.text.slice(0, 70)}`, () => {
          assert.ok(item.text.includes(item.contains), `fixture: '${item.contains}' is not in the text`);
          const findings = checker.check(item.text, {format: item.format ?? 'plain'}).findings.filter((f) => f.ruleId === ruleId);
          assert.ok(
            findings.some((finding) => covers(ruleId, item.text, finding, item.contains)),
            `expected a finding on '${item.contains}', got ${JSON.stringify(findings.map((f) => f.actual))}`,
          );
        });
      }
      for (const item of pass) {
        it(`leaves alone: ${item.text.slice(0, 70)}`, () => {
          const findings = checker.check(item.text, {format: item.format ?? 'plain'}).findings.filter((f) => f.ruleId === ruleId);
          assert.deepEqual(
            findings.map((f) => f.actual),
            [],
            `${item.why}`,
          );
        });
      }
    });
  }
});
