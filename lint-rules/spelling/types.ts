// The contract between the spelling rule, the dictionaries and the hosts that load them.
// Dictionaries are files built by `npm run build` (dist/dictionaries/<lang>.hdic); a host
// hands the engine a loader for them, so Node reads from disk and a browser fetches them.

/** Reads one dictionary file by name (for example `nl.hdic`); Node and browser hosts differ. */
export type DictionaryLoader = (fileName: string) => Promise<Uint8Array | ArrayBuffer>;

export interface Speller {
  readonly language: 'nl' | 'en';
  /** True when the word is spelled correctly (compounds included, Hunspell's rules). */
  correct(word: string): boolean;
  /** True when the word itself is in the dictionary (or was added): no compound made up of dictionary words. */
  known(word: string): boolean;
  /** At most `limit` (default 5) corrections, best first; empty when none is found. */
  suggest(word: string, limit?: number): string[];
  /** Accept a word from now on (personal or workspace word list, "Voeg toe aan woordenlijst"). */
  add(word: string): void;
  remove(word: string): void;
}

/** What the spelling rule needs: the Dutch speller, and English to recognise English words. */
export interface SpellingSupport {
  dutch: Speller;
  english?: Speller;
}
