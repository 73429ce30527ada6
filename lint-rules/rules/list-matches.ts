// Word-list matching shared by the rules whose findings come from lists (jargon, vague,
// nominalization, abbreviation): each sentence is matched once against all lists, and every
// rule reports the matches of the lists that name it.
import type {VFile} from 'vfile';
import type {SentenceInfo} from '../analysis.js';
import {inflectAlternatives} from '../dutch/inflection.js';
import {matchCase, report} from '../rule.js';
import {type CompiledWordlists, matchTokens, type WordlistMatch} from '../wordlists/compile.js';
import type {ListRule, Wordlist, WordlistEntry} from '../wordlists/types.js';

const cache = new WeakMap<SentenceInfo, {wordlists: CompiledWordlists; matches: WordlistMatch[]}>();

export function listMatches(sentence: SentenceInfo, wordlists: CompiledWordlists): WordlistMatch[] {
  const cached = cache.get(sentence);
  if (cached?.wordlists === wordlists) return cached.matches;
  const matches = matchTokens(sentence.tokens, wordlists);
  cache.set(sentence, {wordlists, matches});
  return matches;
}

const inflections = new WeakMap<WordlistMatch['pattern'], [string[] | undefined, string[] | undefined]>();

export function ruleOf(list: Wordlist): ListRule {
  return list.rule ?? 'jargon';
}

export interface ListReport {
  ruleId: ListRule;
  url: string;
  /** Terms (the entry's `term`) the user switched off for this rule. */
  ignore?: string[];
  message(actual: string, entry: WordlistEntry, list: Wordlist): string;
  /** Leave this match alone (the abbreviation rule skips initials such as 'D.D.'). */
  skip?(actual: string): boolean;
  explanation(entry: WordlistEntry, list: Wordlist): string;
}

/** Report every match in `sentence` from the lists that belong to `how.ruleId`; returns the reported spans. */
export function reportListMatches(
  file: VFile,
  doc: string,
  sentence: SentenceInfo,
  wordlists: CompiledWordlists,
  how: ListReport,
  skip?: (list: Wordlist) => boolean,
): {start: number; end: number}[] {
  const spans: {start: number; end: number}[] = [];
  for (const match of listMatches(sentence, wordlists)) {
    const {entry, list, slots} = match.pattern;
    if (ruleOf(list) !== how.ruleId || skip?.(list) || how.ignore?.some((term) => term.toLowerCase() === entry.term.toLowerCase())) continue;
    const start = sentence.tokens[match.from].start;
    const end = sentence.tokens[match.to - 1].end;
    const actual = doc.slice(start, end);
    if (how.skip?.(actual)) continue;
    const next = sentence.tokens[match.to];
    const clauseFinal = !next || !next.isWord;
    // A pattern's alternatives come out the same every time it matches in the same place in a clause.
    let inflected = inflections.get(match.pattern);
    if (!inflected) inflections.set(match.pattern, (inflected = [undefined, undefined]));
    const forms = (inflected[clauseFinal ? 1 : 0] ??= inflectAlternatives(entry, {slots, clauseFinal}, wordlists.conjugations));
    const suggestions = forms.map((suggestion) => matchCase(actual, suggestion));
    report(file, doc, {
      ruleId: how.ruleId,
      start,
      end,
      message: how.message(actual.replace(/\s+/g, ' '), entry, list),
      explanation: how.explanation(entry, list),
      actual,
      expected: suggestions,
      url: how.url,
    });
    spans.push({start, end});
  }
  return spans;
}

/** ‘a’ of ‘b’ */
export function quoteAlternatives(entry: WordlistEntry): string {
  return entry.alternatives.map((alternative) => `‘${alternative}’`).join(' of ');
}
