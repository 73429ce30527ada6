// The speller: looks words up in the precompiled word graph and accepts compounds the way
// Hunspell's compound_check does. nspell generates and checks the suggestion candidates; its
// dictionary table is replaced by this speller, so its candidates get the compound rules too.
import NSpell from 'nspell';
import {Bit, type DictionaryHeader, decodeDictionary, LAST_EDGE, NO_CHILDREN, VALUE_SHIFT} from './format.js';
import type {DictionaryLoader, Speller, SpellingSupport} from './types.js';

type Case = 'lower' | 'title' | 'upper' | 'mixed';

function caseOf(word: string): Case {
  const lower = word.toLowerCase();
  if (word === lower) return 'lower';
  if (word === word.toUpperCase() && word.length > 1) return 'upper';
  const first = word.charAt(0);
  if (first !== first.toLowerCase() && word.slice(1) === lower.slice(1)) return 'title';
  return 'mixed';
}

// Hunspell's CHECKCOMPOUNDCASE counts every character without a lowercase form as "upper".
const upperish = (char: string) => char.toUpperCase() === char;

// Candidates checked per suggestion (a count, not a time, so results are reproducible): enough
// for every single edit of a long compound; nspell's second round of edits on a long unknown
// name would otherwise take most of a second.
const SUGGEST_BUDGET = 40_000;

export class HunspellSpeller implements Speller {
  readonly language: 'nl' | 'en';
  private readonly header: DictionaryHeader;
  private readonly edges: Uint32Array;
  /** Per analysis set: the OR of its analyses' bits, for quick tests. */
  private readonly setBits: Uint32Array;
  private readonly personal = new Set<string>();
  private readonly removed = new Set<string>();
  private readonly iconv: [RegExp, string][];
  private readonly oconv: [RegExp, string][];
  private suggester: NSpell | undefined;
  private readonly suggestCache = new Map<string, string[]>();
  private readonly verdicts = new Map<string, boolean>();
  /** While suggesting: how many more candidates may be checked. */
  private budget = Infinity;
  private stopSignalled = false;

  constructor(bytes: Uint8Array | ArrayBuffer) {
    const {header, edges} = decodeDictionary(bytes);
    this.header = header;
    this.edges = edges;
    this.language = header.language;
    this.setBits = new Uint32Array(header.analyses.length);
    header.analyses.forEach((pairs, index) => {
      let bits = 0;
      for (let pair = 0; pair < pairs.length; pair += 2) bits |= pairs[pair];
      this.setBits[index] = bits;
    });
    const toRegExp = ([from, to]: [string, string]): [RegExp, string] => [new RegExp(from.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'g'), to];
    this.iconv = header.iconv.map(toRegExp);
    this.oconv = header.oconv.map(toRegExp);
  }

  /** Number of surface forms in the dictionary (for reports and benchmarks). */
  get formCount(): number {
    return this.header.formCount;
  }

  correct(word: string): boolean {
    if (!word) return false;
    if (this.removed.has(word)) return false;
    if (this.isPersonal(word)) return true;
    // A document repeats its words; the dictionary's verdict on a word never changes (add/remove are checked above).
    let verdict = this.verdicts.get(word);
    if (verdict === undefined) {
      if (this.verdicts.size > 50_000) this.verdicts.clear();
      this.verdicts.set(word, (verdict = this.spell(this.convertIn(word))));
    }
    return verdict;
  }

  suggest(word: string, limit = 5): string[] {
    const cached = this.suggestCache.get(word);
    if (cached) return cached.slice(0, limit);
    if (this.correct(word)) return [];
    const suggester = (this.suggester ??= this.createSuggester());
    // A capitalised word gets the suggestions of its lowercase form, capitalised the same way
    // (nspell would otherwise also try every edit in capitals: three times the work).
    const kind = caseOf(word);
    const base = kind === 'title' || kind === 'upper' ? word.toLowerCase() : word;
    const recase = (candidate: string) =>
      kind === 'upper' ? candidate.toUpperCase() : kind === 'title' && candidate === candidate.toLowerCase() ? candidate.charAt(0).toUpperCase() + candidate.slice(1) : candidate;
    this.budget = SUGGEST_BUDGET;
    this.stopSignalled = false;
    let generated: string[];
    try {
      generated = suggester.suggest(base);
    } finally {
      this.budget = Infinity;
    }
    // Forms with a loose hyphen ("Amsterdam-") exist only to build compounds.
    const candidates = generated
      .filter((candidate) => !candidate.startsWith('-') && !candidate.endsWith('-'))
      .map(recase)
      .filter((candidate) => candidate !== word && this.correct(candidate));
    const ranked = rankSuggestions(word, candidates, (candidate) => this.isDictionaryForm(candidate));
    if (this.suggestCache.size > 2000) this.suggestCache.clear();
    this.suggestCache.set(word, ranked);
    return ranked.slice(0, limit);
  }

  add(word: string): void {
    const trimmed = word.trim();
    if (!trimmed) return;
    this.removed.delete(trimmed);
    this.personal.add(trimmed);
    this.suggestCache.clear();
  }

  remove(word: string): void {
    const trimmed = word.trim();
    this.personal.delete(trimmed);
    this.removed.add(trimmed);
    this.suggestCache.clear();
  }

  /** A word of the dictionary itself, not a compound made of its words. */
  known(word: string): boolean {
    return this.isDictionaryForm(word) || this.isPersonal(word);
  }

  private isDictionaryForm(word: string): boolean {
    for (const form of [word, word.toLowerCase()]) {
      const converted = this.convertIn(form);
      const value = this.lookup(converted, 0, converted.length);
      if (value > 0 && this.setBits[value] & Bit.alone) return true;
    }
    return false;
  }

  private isPersonal(word: string): boolean {
    if (this.personal.has(word)) return true;
    // A personal word in lowercase is also right capitalised or in capitals (sentence start, headings).
    const kind = caseOf(word);
    if (kind === 'title' || kind === 'upper') {
      const lower = word.toLowerCase();
      if (this.personal.has(lower)) return true;
      if (kind === 'upper' && this.personal.has(lower.charAt(0).toUpperCase() + lower.slice(1))) return true;
    }
    return false;
  }

  private convertIn(word: string): string {
    return convert(word, this.iconv);
  }

  private convertOut(word: string): string {
    return convert(word, this.oconv);
  }

  /** Hunspell's spell(): the word as written, then the case variants it allows. */
  private spell(word: string): boolean {
    const kind = caseOf(word);
    if (kind === 'lower' || kind === 'mixed') return this.checkWord(word, kind === 'mixed' && upperish(word.charAt(0))) === 'ok';
    if (kind === 'upper') {
      if (this.checkWord(word, true) === 'ok') return true;
    }
    const lower = word.toLowerCase();
    const title = lower.charAt(0).toUpperCase() + lower.slice(1);
    const titleVerdict = this.checkWord(title, true);
    if (titleVerdict === 'forbidden') return false;
    if (titleVerdict === 'ok' && !(kind === 'upper' && this.hasKeepCase(title))) return true;
    if (this.checkWord(lower, true) === 'ok' && !this.hasKeepCase(lower)) return true;
    return false;
  }

  private hasKeepCase(word: string): boolean {
    const value = this.lookup(word, 0, word.length);
    return value > 0 && (this.setBits[value] & Bit.keepCase) !== 0;
  }

  /** Hunspell's checkword(): dictionary form, affixed form (both precompiled), then compounds. */
  private checkWord(word: string, originallyCapitalised: boolean): 'ok' | 'forbidden' | 'unknown' {
    const value = this.lookup(word, 0, word.length);
    if (value > 0) {
      const bits = this.setBits[value];
      if (bits & Bit.forbidden) return 'forbidden';
      if (bits & Bit.alone) return 'ok';
    }
    if (!this.header.compounding) {
      if (this.header.language === 'en' && word.includes('-')) {
        // Hunspell's default BREAK: hyphenated words are right when every part is.
        const parts = word.split('-');
        if (parts.every((part) => part === '' || this.checkWord(part, originallyCapitalised) === 'ok') && parts.some(Boolean)) return 'ok';
      }
      return 'unknown';
    }
    return this.isCompound(word, originallyCapitalised) ? 'ok' : 'unknown';
  }

  /** Hunspell's compound_check: COMPOUNDBEGIN/MIDDLE/END parts, then COMPOUNDRULE. */
  private isCompound(word: string, originallyCapitalised: boolean): boolean {
    if (this.compound(word, 0, 0, 0, originallyCapitalised, new Map()) === 'ok') return true;
    return this.header.rules.length > 0 && this.ruleCompound(word, 0, [], originallyCapitalised);
  }

  /** The edge for `char` out of the node whose edges start at `block`, or -1. */
  private edgeFor(block: number, char: number): number {
    if (block === NO_CHILDREN) return -1;
    const edges = this.edges;
    for (let edge = block; ; edge++) {
      const head = edges[edge * 2];
      if ((head & 0xffff) === char) return edge;
      if (head & LAST_EDGE) return -1;
    }
  }

  /** The analysis set of word.slice(start, end), or 0 when it is no dictionary form. */
  private lookup(word: string, start: number, end: number): number {
    let block = 0;
    let value = 0;
    for (let index = start; index < end; index++) {
      const edge = this.edgeFor(block, word.charCodeAt(index));
      if (edge < 0) return 0;
      value = this.edges[edge * 2] >>> VALUE_SHIFT;
      block = this.edges[edge * 2 + 1];
    }
    return value;
  }

  /**
   * Hunspell's compound_check over word.slice(start): a begin (or middle) part, then an end
   * part or, recursively, more parts. `previous` holds the pattern-flag bits of the part
   * before `start` (0 at the start), for CHECKCOMPOUNDPATTERN at that boundary.
   */
  private compound(word: string, start: number, wordIndex: number, previous: number, originallyCapitalised: boolean, memo: Map<string, boolean>): 'ok' | 'no' | 'forbidden' {
    const key = `${start}:${wordIndex > 0 ? 1 : 0}:${previous}`;
    const known = memo.get(key);
    if (known !== undefined) return known ? 'ok' : 'no';
    const header = this.header;
    const role = wordIndex === 0 ? Bit.begin : Bit.middle;
    const length = word.length;
    let block = 0;
    let result: 'ok' | 'no' | 'forbidden' = 'no';
    // Walk the graph along the word: every node with a value is a candidate first part.
    for (let index = start; index < length - 1; index++) {
      const edge = this.edgeFor(block, word.charCodeAt(index));
      if (edge < 0) break;
      const value = this.edges[edge * 2] >>> VALUE_SHIFT;
      block = this.edges[edge * 2 + 1];
      const split = index + 1;
      if (value === 0 || !(this.setBits[value] & role)) continue;
      if (header.checkCompoundCase && this.caseClash(word, split)) continue;
      // A forbidden dictionary word that could begin here closes this split, as in Hunspell.
      if (this.forbiddenWithRole(value, role)) continue;
      const firsts = this.partsWithRole(value, role, word, start, previous);
      if (firsts.length === 0) continue;

      // The rest as the last part.
      const restValue = this.lookup(word, split, length);
      if (restValue > 0) {
        const restBits = this.setBits[restValue];
        // A forbidden word as the last part forbids the whole compound.
        if (this.forbiddenWithRole(restValue, Bit.end)) {
          result = 'forbidden';
          break;
        }
        if (restBits & Bit.end) {
          const pairs = header.analyses[restValue];
          for (let pair = 0; pair < pairs.length; pair += 2) {
            const bits = pairs[pair];
            if (!(bits & Bit.end) || bits & Bit.forbidden) continue;
            if (bits & Bit.forceUpper && !originallyCapitalised) continue;
            const usable = (first: number) => !this.patternClash(word, split, first, bits) && !(header.checkCompoundDup && this.sameWord(word, start, split, first, bits));
            if (firsts.some(usable)) {
              result = 'ok';
              break;
            }
          }
          if (result === 'ok') break;
        }
      }
      // The rest as more parts.
      for (const first of firsts) {
        const next = this.compound(word, split, wordIndex + 1, first, originallyCapitalised, memo);
        if (next === 'ok') {
          result = 'ok';
          break;
        }
      }
      if (result === 'ok') break;
    }
    if (result !== 'forbidden') memo.set(key, result === 'ok');
    return result;
  }

  private forbiddenWithRole(value: number, role: number): boolean {
    if (!(this.setBits[value] & Bit.forbidden)) return false;
    const pairs = this.header.analyses[value];
    for (let pair = 0; pair < pairs.length; pair += 2) if (pairs[pair] & Bit.forbidden && pairs[pair] & role) return true;
    return false;
  }

  /** The pattern bits of the analyses of a part that may take `role` after `previous`. */
  private partsWithRole(value: number, role: number, word: string, start: number, previous: number): number[] {
    const pairs = this.header.analyses[value];
    const result: number[] = [];
    for (let pair = 0; pair < pairs.length; pair += 2) {
      const bits = pairs[pair];
      if (!(bits & role) || bits & Bit.forbidden) continue;
      if (start > 0 && this.patternClash(word, start, previous, bits)) continue;
      // Kept: the pattern flags and whether the part is a bare root (for CHECKCOMPOUNDDUP).
      const kept = bits & (~((1 << Bit.patternBase) - 1) | Bit.root | Bit.rootSpelling);
      if (!result.includes(kept)) result.push(kept);
    }
    // Hunspell looks for a dictionary root first and tries affixes only when none fits.
    return result.some((bits) => bits & Bit.root) ? result.filter((bits) => bits & Bit.root) : result;
  }

  /** CHECKCOMPOUNDPATTERN: a forbidden join of the part before `at` with the part after it. */
  private patternClash(word: string, at: number, first: number, second: number): boolean {
    for (const pattern of this.header.patterns) {
      if (pattern.flag1 >= 0 && !(first & (1 << (Bit.patternBase + pattern.flag1)))) continue;
      if (pattern.flag2 >= 0 && !(second & (1 << (Bit.patternBase + pattern.flag2)))) continue;
      if (pattern.end && !(at >= pattern.end.length && word.startsWith(pattern.end, at - pattern.end.length))) continue;
      if (pattern.begin && !word.startsWith(pattern.begin, at)) continue;
      return true;
    }
    return false;
  }

  /**
   * CHECKCOMPOUNDDUP forbids the same dictionary entry twice at the last join. The graph keeps
   * no entries, so it guesses from the forms: the same form twice where both or neither are
   * spelled as their root (relatie|relatie, but not pakken|pakken, whose first part is pak+ken),
   * or a root beside a form of it with a short ending (toegangs|toegang).
   */
  private sameWord(word: string, start: number, split: number, first: number, last: number): boolean {
    let part = word.slice(start, split);
    const rest = word.slice(split);
    if (part.endsWith('-')) part = part.slice(0, -1);
    const firstRoot = (first & Bit.rootSpelling) !== 0;
    const lastRoot = (last & Bit.rootSpelling) !== 0;
    if (part === rest) return firstRoot === lastRoot;
    if (firstRoot === lastRoot) return false;
    // Spelling changes before an ending: a long vowel loses a letter (uitspraak|uitspraken).
    const stem = (form: string) => form.replace(/([aeou])\1/g, '$1');
    const [short, long] = part.length <= rest.length ? [stem(part), stem(rest)] : [stem(rest), stem(part)];
    let common = 0;
    while (common < short.length && short[common] === long[common]) common++;
    if (long.length - common > 3) return false;
    if (common === short.length) return true;
    // The stem's last consonant may change before an ending (initiatief|initiatieven, huis|huizen).
    const pair = short[common] + long[common];
    return common === short.length - 1 && (pair === 'fv' || pair === 'sz');
  }

  private caseClash(word: string, at: number): boolean {
    const before = word.charAt(at - 1);
    const after = word.charAt(at);
    if (before === '-' || after === '-') return false;
    return upperish(before) || upperish(after);
  }

  /** COMPOUNDRULE: bare roots whose flags spell out one of the rules (number words). */
  private ruleCompound(word: string, start: number, prefix: number[], originallyCapitalised: boolean): boolean {
    const header = this.header;
    const rules = header.rules.filter((rule) => rule.length > prefix.length && prefix.every((flag, index) => rule[index] === flag));
    if (rules.length === 0) return false;
    // One step down the word graph per letter, rather than a lookup from the root for every split.
    let block = 0;
    for (let split = start + 1; split <= word.length; split++) {
      const edge = this.edgeFor(block, word.charCodeAt(split - 1));
      if (edge < 0) break;
      const value = this.edges[edge * 2] >>> VALUE_SHIFT;
      block = this.edges[edge * 2 + 1];
      if (value === 0) continue;
      const pairs = header.analyses[value];
      const last = split === word.length;
      for (let pair = 0; pair < pairs.length; pair += 2) {
        const bits = pairs[pair];
        const ruleBits = pairs[pair + 1];
        if (!ruleBits) continue;
        if (last ? !(bits & (Bit.root | Bit.endAffixed)) : !(bits & Bit.root)) continue;
        if (last && bits & Bit.forceUpper && !originallyCapitalised) continue;
        for (const rule of rules) {
          const flag = rule[prefix.length];
          if (!(ruleBits & (1 << flag))) continue;
          if (last) {
            if (prefix.length > 0 && rule.length === prefix.length + 1) return true;
          } else if (this.ruleCompound(word, split, [...prefix, flag], originallyCapitalised)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** An nspell instance for candidate generation, whose word table asks this speller. */
  private createSuggester(): NSpell {
    // Letters only in TRY: digits and symbols cost time and never fix a Dutch typo.
    const aff = this.header.suggestAff
      .split('\n')
      .map((line) => (line.startsWith('TRY ') ? `TRY ${[...line.slice(4)].filter((char) => /[\p{L}'-]/u.test(char)).join('')}` : line))
      .join('\n');
    const suggester = new NSpell(aff);
    const speller = this;
    const none: string[] = [];
    const noSuggestFlag = /^NOSUGGEST\s+(\S+)/m.exec(aff)?.[1];
    const noSuggest = noSuggestFlag ? [noSuggestFlag] : none;
    const table = new Proxy(Object.create(null) as Record<string, string[]>, {
      get(_target, property) {
        if (typeof property !== 'string') return undefined;
        return speller.exactForm(property, noSuggest, none);
      },
      has(_target, property) {
        return typeof property === 'string' && speller.exactForm(property, noSuggest, none) !== undefined;
      },
    });
    const internals = suggester as unknown as {data: unknown; compoundRules: unknown[]};
    internals.data = table;
    internals.compoundRules = [];
    return suggester;
  }

  /** For nspell: the flags of an exactly cased correct form (converted input), else undefined. */
  private exactForm(word: string, noSuggest: string[], none: string[]): string[] | undefined {
    if (this.personal.has(this.convertOut(word))) return none;
    const value = this.lookup(word, 0, word.length);
    if (value > 0) {
      const bits = this.setBits[value];
      if (bits & Bit.forbidden) return undefined;
      if (bits & Bit.alone) return bits & Bit.noSuggest ? noSuggest : none;
    }
    if (--this.budget < 0) {
      // Out of budget: nspell stops its next round once it has any suggestion, so answer
      // "known" once; suggest() drops that candidate again unless it really is a word.
      if (this.stopSignalled) return undefined;
      this.stopSignalled = true;
      return none;
    }
    if (!this.header.compounding || word.length < 4) return undefined;
    return this.isCompound(word, caseOf(word) !== 'lower') ? none : undefined;
  }
}

/**
 * nspell returns candidates in a rough order; this puts first what a writer most likely
 * meant: the smallest weighted edit (a swapped or doubled letter, an accent or a hyphen counts
 * less; a made-up compound or an added capital more), then the same case, then the most shared
 * beginning and end.
 */
export function rankSuggestions(word: string, candidates: string[], isDictionaryForm: (candidate: string) => boolean = () => true): string[] {
  const unique = [...new Set(candidates)];
  const lower = word.toLowerCase();
  const scored = unique.map((candidate, index) => {
    const target = candidate.toLowerCase();
    // Without word frequencies, a word of the dictionary is likelier than a made-up compound.
    // A capital the writer did not type is an edit too (andres: anders before the name Andres).
    const capitalAdded = word === lower && candidate !== target ? CAPITAL_COST : 0;
    const cost = editCost(lower, target) + (isDictionaryForm(candidate) ? 0 : COMPOUND_COST) + capitalAdded;
    return {candidate, index, cost, shared: sharedEnds(lower, target), caseMatch: caseOf(candidate) === caseOf(word) ? 0 : 1};
  });
  scored.sort((a, b) => a.cost - b.cost || a.caseMatch - b.caseMatch || b.shared - a.shared || a.index - b.index);
  return scored.map((item) => item.candidate);
}

const VOWELS = new Set('aeiouyĳ');
const COMPOUND_COST = 0.3;
const CAPITAL_COST = 0.8;

/** Damerau-Levenshtein distance with cheaper edits for the typical typing slips. */
function editCost(a: string, b: string): number {
  const rows = a.length + 1;
  const columns = b.length + 1;
  const table: number[][] = Array.from({length: rows}, () => new Array<number>(columns).fill(0));
  for (let i = 0; i < rows; i++) table[i][0] = i;
  for (let j = 0; j < columns; j++) table[0][j] = j;
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < columns; j++) {
      const x = a[i - 1];
      const y = b[j - 1];
      const substitution = x === y ? 0 : baseLetter(x) === baseLetter(y) ? 0.2 : VOWELS.has(x) && VOWELS.has(y) ? 0.9 : 1;
      // Dropping or adding a letter next to the same letter (doubling) is the commonest slip;
      // a missing hyphen or apostrophe hardly changes the word.
      const deletion = (i > 1 && a[i - 2] === x) || x === '-' || x === "'" ? 0.6 : 1;
      const insertion = (j > 1 && b[j - 2] === y) || y === '-' || y === "'" ? 0.5 : 0.9;
      let cost = Math.min(table[i - 1][j] + deletion, table[i][j - 1] + insertion, table[i - 1][j - 1] + substitution);
      if (i > 1 && j > 1 && x === b[j - 2] && a[i - 2] === y) cost = Math.min(cost, table[i - 2][j - 2] + 0.7);
      table[i][j] = cost;
    }
  }
  return table[rows - 1][columns - 1];
}

/** ICONV/OCONV: replace every occurrence, in the order the affix file gives. */
function convert(word: string, table: [RegExp, string][]): string {
  let result = word;
  for (const [from, to] of table) result = result.replace(from, to);
  return result;
}

/** The letter without accents: subsidiering and subsidiëring differ only in a mark. */
function baseLetter(char: string): string {
  return char.normalize('NFD').charAt(0);
}

function sharedEnds(a: string, b: string): number {
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let end = 0;
  while (end < a.length - start && end < b.length - start && a[a.length - 1 - end] === b[b.length - 1 - end]) end++;
  return start + end;
}

/** A speller from the bytes of an `.hdic` file. */
export function createSpeller(bytes: Uint8Array | ArrayBuffer): HunspellSpeller {
  return new HunspellSpeller(bytes);
}

/**
 * Loads the spelling dictionaries through a host's loader: Node reads dist/dictionaries,
 * a browser page or worker fetches the files next to the engine bundle.
 */
export async function loadSpelling(loader: DictionaryLoader, options: {english?: boolean} = {}): Promise<SpellingSupport> {
  const [dutch, english] = await Promise.allSettled([loader('nl.hdic'), options.english === false ? undefined : loader('en.hdic')]);
  // Report the Dutch file's problem first, whichever read failed first.
  if (dutch.status === 'rejected') throw dutch.reason;
  if (english.status === 'rejected') throw english.reason;
  return {dutch: createSpeller(dutch.value), english: english.value ? createSpeller(english.value) : undefined};
}

/** A loader for browsers and workers: the dictionary files sit at `baseUrl` (next to the bundle). */
export function fetchDictionaryLoader(baseUrl: string | URL): DictionaryLoader {
  return async (fileName) => {
    const url = new URL(fileName, baseUrl);
    const response = await fetch(url);
    if (!response.ok) throw new Error(`Woordenboek ${url.href} kan niet worden geladen: HTTP ${response.status}.`);
    return response.arrayBuffer();
  };
}
