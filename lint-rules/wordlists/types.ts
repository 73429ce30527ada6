/** Rules whose findings come (partly) from word lists. */
export type ListRule = 'jargon' | 'vague' | 'nominalization' | 'abbreviation';

/** One entry of a word list, as written in `wordlists/*.yaml` (see `wordlists/schema.json`). */
export interface WordlistEntry {
  term: string;
  type: 'verb' | 'noun' | 'adjective' | 'fixed';
  alternatives: string[];
  canOmit?: boolean;
  explanation: string;
  example: string;
  rewrite: string;
  forms?: string[];
  skipForms?: string[];
  stem?: string;
  past?: string;
  pastPlural?: string;
  participle?: string;
  separable?: string;
  plural?: string;
  alternativePlurals?: string[];
  inflected?: string;
  alternativeInflected?: string[];
  exceptions?: string[];
}

export interface Wordlist {
  category: string;
  title: string;
  description?: string;
  severity?: 'error' | 'warning' | 'info';
  /** The rule that reports this list's matches; `jargon` when absent. */
  rule?: ListRule;
  entries: WordlistEntry[];
}

/** A conjugated plain verb (see `wordlists/vervoegingen.yaml`), used to inflect suggestions. */
export interface Conjugation {
  infinitive: string;
  stem: string;
  third?: string;
  past: string;
  pastPlural?: string;
  participle: string;
  separable?: string;
}

/** The grammatical slot a matched form fills, so a suggestion can fill the same slot. */
export type Slot =
  | 'base'
  | 'stem'
  | 'third'
  | 'pastSg'
  | 'pastPl'
  | 'participle'
  | 'participleAdj'
  | 'presPart'
  | 'presPartAdj'
  | 'plural'
  | 'inflected'
  | 'extra';

export interface WordlistData {
  wordlists: Wordlist[];
  conjugations: Conjugation[];
}
