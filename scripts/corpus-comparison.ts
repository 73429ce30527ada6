// Findings per 100 words on the complex and the simple sides of the sentence pairs in
// ../shared/corpus/gemeente-zinnen-dev.tsv, per rule, with all rules on. Editors made the simple
// sides; a checker that measures what they fixed finds clearly less there.
import {readFileSync} from 'node:fs';
import type {Checker} from '../lint-rules/index.js';

const corpus = new URL('../../shared/corpus/gemeente-zinnen-dev.tsv', import.meta.url).pathname;

export interface SideFigures {
  words: number;
  findings: number;
  byRule: Map<string, number>;
}

export interface CorpusComparison {
  pairs: number;
  complex: SideFigures;
  simple: SideFigures;
}

export function sentencePairs(): {complex: string; simple: string}[] {
  return readFileSync(corpus, 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => line.split('\t'))
    .map(([, complex, simple]) => ({complex, simple}));
}

export function compareCorpus(checker: Checker): CorpusComparison {
  const side = (): SideFigures => ({words: 0, findings: 0, byRule: new Map()});
  const complex = side();
  const simple = side();
  const pairs = sentencePairs();
  for (const pair of pairs) {
    for (const [text, figures] of [
      [pair.complex, complex],
      [pair.simple, simple],
    ] as const) {
      const report = checker.check(text);
      figures.words += report.readability.words;
      for (const finding of report.findings) {
        figures.findings++;
        figures.byRule.set(finding.ruleId, (figures.byRule.get(finding.ruleId) ?? 0) + 1);
      }
    }
  }
  return {pairs: pairs.length, complex, simple};
}

export function per100(count: number, words: number): number {
  return (100 * count) / words;
}

/** Lines of a table: rule, complex and simple findings per 100 words, change. */
export function comparisonTable(result: CorpusComparison, ruleIds: string[]): string[] {
  const line = (name: string, c: number, s: number) => {
    const pc = per100(c, result.complex.words);
    const ps = per100(s, result.simple.words);
    const change = pc === 0 ? (ps === 0 ? '—' : 'nieuw') : `${(((ps - pc) / pc) * 100).toFixed(0)}%`;
    return `  ${name.padEnd(16)} ${String(c).padStart(5)} ${pc.toFixed(2).padStart(7)}   ${String(s).padStart(5)} ${ps.toFixed(2).padStart(7)}   ${change.padStart(6)}`;
  };
  return [
    `  ${result.pairs} pairs; complex ${result.complex.words} words, simple ${result.simple.words} words`,
    `  ${'rule'.padEnd(16)} ${'complex'.padStart(13)}   ${'simple'.padStart(13)}   change (per 100 words)`,
    ...ruleIds.map((id) => line(id, result.complex.byRule.get(id) ?? 0, result.simple.byRule.get(id) ?? 0)),
    line('all rules', result.complex.findings, result.simple.findings),
  ];
}
