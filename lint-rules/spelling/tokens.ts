// Which words the spelling rule looks up, and which it leaves alone. The tree comes from
// parse.ts, where blocks.ts has already blanked out URLs, e-mail addresses, code, HTML and
// front matter; what is left here are the words of running text that a dictionary can judge.
import type {Root} from 'nlcst';
import {analyze} from '../analysis.js';
import type {Token} from '../wordlists/compile.js';

export interface SpellingCandidate {
  /** What to look up: the word as written, with ’ as ', and a word broken over a line joined up. */
  word: string;
  /** Offsets in the document (UTF-16); a word broken over a line spans both halves. */
  start: number;
  end: number;
  /**
   * Other readings that also make the word correct, each a list of words that must all be
   * correct: the hyphenated form of a word broken over a line, the whole word when only the part
   * after an acronym is checked, the parts of a hyphenated word.
   */
  alternatives: readonly (readonly string[])[];
}

/** A stretch of a word between hyphens, with its place in the document. */
interface Piece {
  text: string;
  start: number;
  end: number;
}

const HYPHENS = /[-‐‑]/u;
const SOFT_HYPHEN = '\u00AD';
// Letters, combining accents, apostrophes and hyphens; anything else (digits, dots, underscores,
// symbols) marks a number, an abbreviation, a file name or code, which a dictionary cannot judge.
const WORD_LIKE = /^[\p{L}\p{M}'’‘\-‐‑\u00AD]+$/u;
const CAPITALS = /\p{Lu}/gu;
// "Rijks- en gemeentelijke diensten": a part ending in a hyphen before one of these is a shortened
// compound, not a word broken over a line.
const SHORTENED_BEFORE = new Set(['en', 'of', 'tot', 'noch', 'als', 'maar', 'dan']);

export function spellingCandidates(tree: Root, doc: string): SpellingCandidate[] {
  const candidates: SpellingCandidate[] = [];
  forEachSpellingCandidate(tree, doc, (word, start, end, alternatives) => candidates.push({word, start, end, alternatives}));
  return candidates;
}

/** The candidates one by one, without an object each: most words of a document are fine, and a check meets thousands. */
export function forEachSpellingCandidate(
  tree: Root,
  doc: string,
  visit: (word: string, start: number, end: number, alternatives: SpellingCandidate['alternatives']) => void,
): void {
  // The words of each paragraph, from the pass over the tree that all rules share.
  for (const paragraph of analyze(tree).paragraphs) {
    const words: Token[] = [];
    for (const sentence of paragraph.sentences) for (const token of sentence.tokens) if (token.isWord) words.push(token);
    for (let index = 0; index < words.length; index++) {
      const {text, start, end} = words[index];
      const next = words[index + 1];
      if (endsInHyphen(text, doc, end)) {
        const nextText = next ? next.text : '';
        if (next && brokenOverLine(doc, end, next.start) && /^\p{L}/u.test(nextText) && !SHORTENED_BEFORE.has(nextText.toLowerCase())) {
          index++;
          if (!WORD_LIKE.test(text) || !WORD_LIKE.test(nextText)) continue;
          const first = pieces(text, start);
          if (HYPHENS.test(text[text.length - 1])) first.pop(); // the empty piece after the hyphen
          const breakAfter = first.length - 1;
          const candidate = classify([...first, ...pieces(nextText, next.start)], breakAfter);
          if (candidate) visit(candidate.word, candidate.start, candidate.end, candidate.alternatives);
        }
        // Otherwise a shortened compound ("zij- en achterkant"): its first half is no word alone.
        continue;
      }
      for (const found of wordCandidates(text)) visit(found.word, start + found.start, start + found.end, found.alternatives);
    }
  }
}

// A word on one line gives the same candidates wherever it stands (offsets relative to the word),
// and a document repeats its words: classify each spelling once. Bounded, as in the speller.
const byText = new Map<string, SpellingCandidate[]>();
const BY_TEXT_LIMIT = 50_000;

function wordCandidates(text: string): SpellingCandidate[] {
  let found = byText.get(text);
  if (found) return found;
  found = [];
  // "en/of", "aan/afmelden": each side on its own.
  let offset = 0;
  for (const part of text.split('/')) {
    if (WORD_LIKE.test(part) && !HYPHENS.test(part[0])) {
      const candidate = classify(pieces(part, offset), -1);
      if (candidate) found.push(candidate);
    }
    offset += part.length + 1;
  }
  if (byText.size >= BY_TEXT_LIMIT) byText.clear();
  byText.set(text, found);
  return found;
}

function endsInHyphen(text: string, doc: string, end: number): boolean {
  const last = text.charCodeAt(text.length - 1);
  return last === 0x2d || last === 0x2010 || last === 0x2011 || doc.charCodeAt(end) === 0xad;
}

/** Only white space between the two words, and at least one line break. */
function brokenOverLine(doc: string, end: number, nextStart: number): boolean {
  const between = doc.slice(end, nextStart).replace(SOFT_HYPHEN, '');
  return /^\s*$/.test(between) && /[\n\r]/.test(between);
}

function pieces(text: string, start: number): Piece[] {
  const result: Piece[] = [];
  let from = 0;
  for (let index = 0; index <= text.length; index++) {
    if (index === text.length || HYPHENS.test(text[index])) {
      result.push({text: text.slice(from, index), start: start + from, end: start + index});
      from = index + 1;
    }
  }
  return result;
}

/**
 * One word (or two halves of a word broken after piece `breakAfter`) to a candidate, or nothing
 * when the word is not for the dictionary.
 */
function classify(all: Piece[], breakAfter: number): SpellingCandidate | undefined {
  const parts = all.map(trimApostrophes);
  if (parts.some((piece) => !piece.text)) return undefined; // "--", a lone hyphen
  // Acronyms glued on with a hyphen (Wob-verzoek, WOZ-waarde, AOW-uitkering): the acronym is no
  // dictionary word, the rest is. A capitalised part of up to four letters counts as an acronym.
  let skip = 0;
  while (skip < parts.length - 1 && isLeadingAcronym(parts[skip].text)) skip++;
  const rest = parts.slice(skip);
  if (rest.length === 1 && (isAcronym(rest[0].text) || letters(rest[0].text) < 2 || isPlaceholder(rest[0].text))) return undefined;
  const hyphenated = (from: Piece[]) => from.map((piece) => lookupForm(piece.text)).join('-');
  const asWritten = rest
    .map((piece, index) => lookupForm(piece.text) + (index === rest.length - 1 ? '' : skip + index === breakAfter ? '' : '-'))
    .join('');
  const alternatives: string[][] = [];
  if (asWritten !== hyphenated(rest)) alternatives.push([hyphenated(rest)]);
  if (skip > 0) alternatives.push([hyphenated(parts)]);
  if (rest.length > 1) {
    // Hunspell would accept a hyphenated word whose parts are all words (its BREAK rule); the
    // Dutch dictionary switches that off, but a hyphen in the wrong place is no typo that makes
    // a reader stumble. Single letters (e-mail, x-as) and acronyms (niet-EU-burgers) are left out.
    const words = rest.map((piece) => lookupForm(piece.text)).filter((part) => letters(part) >= 2 && !isAcronym(part));
    if (words.length > 0) alternatives.push(words);
  }
  return {word: asWritten, start: rest[0].start, end: rest[rest.length - 1].end, alternatives};
}

/** Quotes are not part of a word: 'dubbel', Niels' fiets; but 's-Hertogenbosch and 'n keep theirs. */
function trimApostrophes(piece: Piece): Piece {
  let {text, start, end} = piece;
  while (/['’‘]$/.test(text)) {
    text = text.slice(0, -1);
    end--;
  }
  if (/^['’‘]/.test(text) && letters(text) > 1) {
    text = text.slice(1);
    start++;
  }
  return {text, start, end};
}

function lookupForm(text: string): string {
  return text.replace(/[’‘]/g, "'").replaceAll(SOFT_HYPHEN, '');
}

function letters(text: string): number {
  return text.replace(/[^\p{L}]/gu, '').length;
}

/** BZK, OGP, PvdA, AOW'er, DigiD: two or more capitals. */
function isAcronym(text: string): boolean {
  return (text.match(CAPITALS)?.length ?? 0) >= 2;
}

/** xxx, XX: a placeholder for a name or number still to be filled in. */
function isPlaceholder(text: string): boolean {
  return /^(\p{L})\1+$/iu.test(text);
}

function isLeadingAcronym(text: string): boolean {
  return isAcronym(text) || /^\p{Lu}\p{Ll}{0,3}$/u.test(text);
}
