import type {BlockKind} from './blocks.js';
import type {Format} from './parse.js';

export type Severity = 'error' | 'warning' | 'info';

export interface Point {
  /** 1-based line. */
  line: number;
  /** 1-based column, in UTF-16 code units. */
  column: number;
  /** 0-based offset, in UTF-16 code units. */
  offset: number;
}

export interface Finding {
  ruleId: string;
  severity: Severity;
  /** What is wrong, in plain Dutch. */
  message: string;
  /** Why it matters to the reader, in Direct Duidelijk terms. */
  explanation: string;
  /** The flagged text, exactly as in the document. */
  actual: string;
  /** Replacement strings for `actual`, best first; may be empty. */
  suggestions: string[];
  start: Point;
  end: Point;
  /** The rule's documentation page. */
  url: string;
}

export interface ReadabilityFigures {
  words: number;
  sentences: number;
  syllables: number;
  wordsPerSentence: number;
  syllablesPerWord: number;
  /** Share (0–1) of words with three or more syllables. */
  polysyllabicShare: number;
  /** 206.835 − 0.93·words/sentence − 77·syllables/word. */
  fleschDouma: number;
  /** Leesindex Brouwer: 195 − 2·words/sentence − 66.7·syllables/word. */
  brouwer: number;
  /** An estimate from the formula, not a validated CEFR test. */
  level: LevelEstimate;
}

export interface LevelEstimate {
  code: 'A2' | 'B1' | 'B2' | 'C1' | 'C2' | 'onbekend';
  /** Plain Dutch, for example "ongeveer B1" or "moeilijker dan B1 (ongeveer B2)". */
  label: string;
}

export interface ParagraphReadability extends ReadabilityFigures {
  kind: BlockKind;
  start: Point;
  end: Point;
}

/** One prose sentence, for charts and comparisons (only when asked for with `bySentence: true`). */
export interface SentenceReadability {
  start: Point;
  end: Point;
  words: number;
  syllables: number;
  /** Flesch-Douma of this sentence alone: rough for one sentence, fine to rank them. Not a number (null in JSON) for English. */
  fleschDouma: number;
  /** Index in `paragraphs` of its paragraph; -1 for an English sentence (`paragraphs` are the Dutch ones). */
  paragraph: number;
  /** Set for a sentence of English text. */
  language?: 'en';
}

/** English text's figures (Flesch Reading Ease: higher is easier; Flesch-Kincaid: a US school grade). */
export interface EnglishReadabilityFigures {
  words: number;
  sentences: number;
  syllables: number;
  wordsPerSentence: number;
  syllablesPerWord: number;
  fleschReadingEase: number;
  fleschKincaidGrade: number;
}

export interface ReadabilityReport extends ReadabilityFigures {
  paragraphs: ParagraphReadability[];
  /** The figures of the text's English paragraphs, when it has any (the rest are the Dutch paragraphs'). */
  english?: EnglishReadabilityFigures;
  bySentence?: SentenceReadability[];
}

export type Language = 'nl' | 'en';

/** A stretch of text in another language than the document's (an English paragraph in a Dutch letter). */
export interface LanguagePart {
  language: Language;
  start: Point;
  end: Point;
}

export interface Report {
  /** The document's language: set, or detected (`auto`) from its paragraphs. */
  language: Language;
  /** Paragraphs in the other language, each checked with that language's rules. */
  otherLanguage: LanguagePart[];
  findings: Finding[];
  readability: ReadabilityReport;
}

export interface CheckOptions {
  format?: Format;
  /**
   * From `checker.createCache()`, kept by a host per open document: paragraphs that did not
   * change since the last check are not parsed or checked again (rules with document scope
   * always see the whole text). Belongs to one checker and one document.
   */
  cache?: CheckCache;
  /** Also give every prose sentence's figures in `readability.bySentence` (reports and comparisons). */
  bySentence?: boolean;
  /** Overrides the checker's `language` for this check. */
  language?: LanguageSetting;
}

/** Opaque to hosts: what an incremental check keeps between checks of one document. */
export interface CheckCache {
  readonly kind: 'helder-check-cache';
}

/** `auto` detects the language per document and per paragraph (Dutch and English). */
export type LanguageSetting = Language | 'auto';

/** A rule's settings: `false` switches it off; a severity changes only the severity. */
export type RuleSetting = boolean | Severity | 'off' | ({enabled?: boolean; severity?: Severity} & Record<string, unknown>);
