// The Hunspell reference shared by scripts/hunspell-reference.ts (writes it), test/spelling-agreement.test.ts and
// scripts/bench.ts (read it): the corpus tokeniser, so all three count the same words, and the TSV reader.
import {readdirSync, readFileSync} from 'node:fs';

export const corpusDir = new URL('../../shared/corpus/', import.meta.url).pathname;
export const referenceFile = new URL('../test/fixtures/spelling/hunspell-reference.tsv', import.meta.url).pathname;

export type ReferenceSource = 'corpus' | 'compound' | 'typo';

export interface ReferenceRow {
  token: string;
  source: ReferenceSource;
  /** Hunspell's verdict: true when it accepts the token. */
  hunspell: boolean;
  /** Typos: the correct word the typo was made from. */
  original: string;
  /** Typos Hunspell rejects: the original's position among Hunspell's suggestions (1 = first), 0 when absent. */
  hunspellRank: number;
}

/** Letter words with internal hyphens and apostrophes; digits and dots are matched too, so such tokens are dropped whole. */
const TOKEN = /[\p{L}\p{M}\p{N}]+(?:[-'’.][\p{L}\p{M}\p{N}]+)*/gu;

/** Drops tokens with digits or a dot (dates, 2020-2022, o.a., web addresses), single letters and all-caps acronyms. */
export function isWordToken(token: string): boolean {
  if (/\p{N}/u.test(token) || token.includes('.')) return false;
  const letters = token.replace(/[^\p{L}]/gu, '');
  if (letters.length < 2) return false;
  // All-caps acronyms (AOW, GVB); mixed tokens like WOZ-waarde stay, the speller must judge those.
  return /\p{Ll}/u.test(letters) || !/\p{Lu}.*\p{Lu}/u.test(letters);
}

/** The corpus as texts: the web pages, then both sides of every sentence pair. */
export function corpusTexts(): string[] {
  const texts = readdirSync(corpusDir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => readFileSync(corpusDir + name, 'utf8'));
  const rows = readFileSync(corpusDir + 'gemeente-zinnen-dev.tsv', 'utf8').trim().split('\n').slice(1);
  for (const row of rows) texts.push(...row.split('\t').slice(1, 3));
  return texts.map((text) => text.normalize('NFC'));
}

/** Every word token of the texts, in order, repeats included. */
export function wordTokens(texts: string[]): string[] {
  const tokens: string[] = [];
  for (const text of texts) for (const [match] of text.matchAll(TOKEN)) if (isWordToken(match)) tokens.push(match);
  return tokens;
}

/** The reference rows, without the tokens Hunspell's word parser split (verdict `skip`). */
export function readReference(file = referenceFile): ReferenceRow[] {
  const lines = readFileSync(file, 'utf8').trimEnd().split('\n').slice(1);
  return lines
    .map((line) => line.split('\t'))
    .filter(([, , verdict]) => verdict !== 'skip')
    .map(([token, source, verdict, original = '', rank = '']) => ({
      token,
      source: source as ReferenceSource,
      hunspell: verdict === '1',
      original,
      hunspellRank: Number(rank || 0),
    }));
}

/** An evenly spread, fixed sample: the same rows on every run. */
export function sample<T>(rows: T[], size: number): T[] {
  if (rows.length <= size) return rows;
  return Array.from({length: size}, (_, index) => rows[Math.floor((index * rows.length) / size)]);
}
