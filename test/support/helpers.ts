import {loadSpellingFromDisk} from '../../cli/dictionaries.js';
import {createChecker, type Checker, type CheckerOptions, type Finding, type SpellingSupport} from '../../lint-rules/index.js';

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

let spelling: Promise<SpellingSupport> | undefined;

/**
 * The real dictionaries from dist/dictionaries (built by `npm run build`), loaded once for all
 * tests. Tests must not add words to these spellers: use `freshSpellingSupport()` for that.
 */
export function spellingSupport(): Promise<SpellingSupport> {
  spelling ??= freshSpellingSupport();
  return spelling;
}

/** New spellers of their own, for a test that adds or removes words. */
export function freshSpellingSupport(): Promise<SpellingSupport> {
  return loadSpellingFromDisk();
}

let withSpelling: Promise<Checker> | undefined;

/** The default checker, with the spelling rule's dictionaries. */
export function checkerWithSpelling(): Promise<Checker> {
  withSpelling ??= spellingSupport().then((support) => createChecker({spelling: support}));
  return withSpelling;
}
