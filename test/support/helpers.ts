import {createChecker, type Checker, type CheckerOptions, type Finding} from '../../lint-rules/index.js';

const checkers = new Map<string, Checker>();

/** A shared checker per option set: creating one compiles the word lists, which tests need not repeat. */
export function checker(options: CheckerOptions = {}): Checker {
  const key = JSON.stringify(options);
  let found = checkers.get(key);
  if (!found) checkers.set(key, (found = createChecker(options)));
  return found;
}

export function findingsOf(text: string, ruleId: string, format: 'plain' | 'markdown' = 'plain'): Finding[] {
  return checker().check(text, {format}).findings.filter((finding) => finding.ruleId === ruleId);
}

export const corpusDir = new URL('../../../shared/corpus/', import.meta.url).pathname;
