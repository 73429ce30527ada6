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
  for (const bucket of byFirstWord.values()) bucket.sort((a, b) => b.words.length - a.words.length);
  const conjugations = new Map(data.conjugations.map((c) => [c.infinitive, c]));
  return {byFirstWord, exceptions, conjugations, entryCount};
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
    const bucket = token.isWord ? compiled.byFirstWord.get(token.lower) : undefined;
    let found: WordlistMatch | undefined;
    if (bucket) {
      for (const pattern of bucket) {
        if (fits(tokens, index, pattern.words) && !isException(tokens, index, pattern, compiled)) {
          found = {pattern, from: index, to: index + pattern.words.length};
          break;
        }
      }
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
