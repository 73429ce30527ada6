// Turns word lists into a lookup index keyed by the first word of each form, so that
// matching a sentence costs one map lookup per word.
import {entryForms, normalizeForm} from '../dutch/inflection.js';
import type {Conjugation, Slot, Wordlist, WordlistData, WordlistEntry} from './types.js';

export interface Pattern {
  words: string[];
  entry: WordlistEntry;
  list: Wordlist;
  slots: Set<Slot>;
}

export interface CompiledWordlists {
  /** Patterns by their first word, longest first. */
  byFirstWord: Map<string, Pattern[]>;
  /**
   * The same patterns split for matching: those of two or more words by their first and second
   * word (longest first), one-word patterns by their word. Common words start many phrases
   * ('in' starts over a hundred), and the second word rules out nearly all of them at once.
   */
  byFirstTwoWords: Map<string, Map<string, Pattern[]>>;
  singleWords: Map<string, Pattern[]>;
  /** Exception phrases per entry, as word arrays. */
  exceptions: Map<WordlistEntry, string[][]>;
  conjugations: Map<string, Conjugation>;
  entryCount: number;
}

export interface DuplicateForm {
  form: string;
  first: {category: string; term: string};
  second: {category: string; term: string};
}

export function compileWordlists(data: WordlistData): CompiledWordlists {
  const byFirstWord = new Map<string, Pattern[]>();
  const exceptions = new Map<WordlistEntry, string[][]>();
  const seen = new Map<string, WordlistEntry>();
  let entryCount = 0;
  for (const list of data.wordlists) {
    for (const entry of list.entries) {
      entryCount++;
      for (const [form, slots] of entryForms(entry)) {
        // An organisation's list may override ours; the later list wins a shared form.
        const words = form.split(' ');
        const bucket = byFirstWord.get(words[0]) ?? [];
        const existing = seen.get(form);
        const pattern = {words, entry, list, slots};
        if (existing) {
          const at = bucket.findIndex((p) => p.entry === existing && p.words.join(' ') === form);
          if (at >= 0) bucket.splice(at, 1);
        }
        seen.set(form, entry);
        bucket.push(pattern);
        byFirstWord.set(words[0], bucket);
      }
      if (entry.exceptions?.length) {
        exceptions.set(
          entry,
          entry.exceptions.map((phrase) => normalizeForm(phrase).split(' ')),
        );
      }
    }
  }
  const byFirstTwoWords = new Map<string, Map<string, Pattern[]>>();
  const singleWords = new Map<string, Pattern[]>();
  for (const [first, bucket] of byFirstWord) {
    bucket.sort((a, b) => b.words.length - a.words.length);
    for (const pattern of bucket) {
      if (pattern.words.length === 1) {
        singleWords.set(first, [...(singleWords.get(first) ?? []), pattern]);
        continue;
      }
      let bySecond = byFirstTwoWords.get(first);
      if (!bySecond) byFirstTwoWords.set(first, (bySecond = new Map()));
      bySecond.set(pattern.words[1], [...(bySecond.get(pattern.words[1]) ?? []), pattern]);
    }
  }
  const conjugations = new Map(data.conjugations.map((c) => [c.infinitive, c]));
  return {byFirstWord, byFirstTwoWords, singleWords, exceptions, conjugations, entryCount};
}

/** Forms that two entries both claim; the build refuses our own lists when there are any. */
export function findDuplicateForms(wordlists: Wordlist[]): DuplicateForm[] {
  const owner = new Map<string, {category: string; term: string}>();
  const duplicates: DuplicateForm[] = [];
  for (const list of wordlists) {
    for (const entry of list.entries) {
      for (const form of entryForms(entry).keys()) {
        const here = {category: list.category, term: entry.term};
        const first = owner.get(form);
        if (first) duplicates.push({form, first, second: here});
        else owner.set(form, here);
      }
    }
  }
  return duplicates;
}

export interface Token {
  /** Lower-cased text, with typographic apostrophes folded. */
  lower: string;
  text: string;
  isWord: boolean;
  start: number;
  end: number;
}

export interface WordlistMatch {
  pattern: Pattern;
  /** Index of the first and one past the last token. */
  from: number;
  to: number;
}

/** Longest matches, left to right, never overlapping; a punctuation token breaks a phrase. */
export function matchTokens(tokens: Token[], compiled: CompiledWordlists): WordlistMatch[] {
  const matches: WordlistMatch[] = [];
  let index = 0;
  while (index < tokens.length) {
    const token = tokens[index];
    let found: WordlistMatch | undefined;
    if (token.isWord) {
      const next = tokens[index + 1];
      const longer = next?.isWord ? compiled.byFirstTwoWords.get(token.lower)?.get(next.lower) : undefined;
      found = firstFit(tokens, index, longer, compiled) ?? firstFit(tokens, index, compiled.singleWords.get(token.lower), compiled);
    }
    if (found) {
      matches.push(found);
      index = found.to;
    } else {
      index++;
    }
  }
  return matches;
}

/** The first (longest) pattern of a bucket that stands at `index` and is not inside one of its exceptions. */
function firstFit(tokens: Token[], index: number, bucket: Pattern[] | undefined, compiled: CompiledWordlists): WordlistMatch | undefined {
  if (!bucket) return undefined;
  for (const pattern of bucket) {
    if (fits(tokens, index, pattern.words) && !isException(tokens, index, pattern, compiled)) {
      return {pattern, from: index, to: index + pattern.words.length};
    }
  }
  return undefined;
}

function fits(tokens: Token[], at: number, words: string[]): boolean {
  if (at + words.length > tokens.length) return false;
  for (let offset = 0; offset < words.length; offset++) {
    const token = tokens[at + offset];
    if (!token.isWord || token.lower !== words[offset]) return false;
  }
  return true;
}

/** An exception phrase that contains the match and stands around it in the sentence. */
function isException(tokens: Token[], at: number, pattern: Pattern, compiled: CompiledWordlists): boolean {
  const phrases = compiled.exceptions.get(pattern.entry);
  if (!phrases) return false;
  for (const phrase of phrases) {
    for (let shift = 0; shift + pattern.words.length <= phrase.length; shift++) {
      const start = at - shift;
      if (start >= 0 && fits(tokens, start, phrase)) {
        const inside = phrase.slice(shift, shift + pattern.words.length).join(' ');
        if (inside === pattern.words.join(' ')) return true;
      }
    }
  }
  return false;
}
