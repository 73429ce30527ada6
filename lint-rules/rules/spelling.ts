import {matchCase, report, type RuleDefinition} from '../rule.js';
import {forEachSpellingCandidate} from '../spelling/tokens.js';
import type {Speller} from '../spelling/types.js';
import type {CompiledWordlists} from '../wordlists/compile.js';

export interface SpellingOptions {
  /** Extra words that count as correct, from the host (a workspace or personal word list). */
  words: string[];
  /**
   * Suggestions in the finding (and "Bedoelt u …?" in the message). A speller needs tens of
   * milliseconds per unknown word; an editor switches this off and asks `spellingSuggestions()`
   * only for the word under the cursor, so typing a new word does not wait for them.
   */
  suggest: boolean;
}

export interface SpellingEnvironment {
  wordlists?: CompiledWordlists;
}

const SUGGESTIONS = 5;
// Two-letter English words are more often a Dutch typo (to for tot, on for om) than English.
const MIN_ENGLISH_LETTERS = 3;

export const spelling: RuleDefinition<SpellingOptions & SpellingEnvironment> = {
  id: 'spelling',
  title: 'Spelling',
  description: 'Woorden die niet in het Nederlandse woordenboek staan, met voorstellen; Engelse woorden krijgen een lichtere melding.',
  defaultSeverity: 'warning',
  defaults: {words: [], suggest: true},
  examples: [
    {
      bad: 'U krijgt binnen acht weken een besluit over uw vergunnig.',
      good: 'U krijgt binnen acht weken een besluit over uw vergunning.',
    },
    {
      bad: 'Wij sturen u de brief met de beslissing op uw bezwaarschift.',
      good: 'Wij sturen u de brief met de beslissing op uw bezwaarschrift.',
    },
    {
      bad: 'Het team doet aan outreach in de wijk.',
      good: 'Het team gaat de wijk in en praat met bewoners.',
    },
  ],
  plugin(options) {
    const listed = listedWords(options.words);
    return (tree, file) => {
      const support = options.spelling;
      if (!support) return;
      const doc = String(file);
      const {dutch, english} = support;
      // Per check, not longer: a host may add words to the speller between checks.
      const verdicts = new Map<string, boolean>();
      const suggestions = new Map<string, string[]>();
      const correct = (word: string) => {
        let verdict = verdicts.get(word);
        if (verdict === undefined) {
          verdict = listed(word) || inWordlists(word, options.wordlists) || dutch.correct(word);
          verdicts.set(word, verdict);
        }
        return verdict;
      };
      forEachSpellingCandidate(tree, doc, (word, start, end, alternatives) => {
        if (correct(word) || alternatives.some((words) => words.every(correct))) return;
        const actual = doc.slice(start, end);
        // A word broken over a line is named as one word.
        const shown = /\s/.test(actual) ? word : actual;
        const englishKind = english ? englishWord(word, english) : 'no';
        if (englishKind === 'name') return;
        if (englishKind === 'word') {
          report(file, doc, {
            ruleId: 'spelling',
            start,
            end,
            message: `Engels woord? ‘${shown}’ staat niet in het Nederlandse woordenboek.`,
            explanation:
              'Niet iedere lezer kent Engelse woorden. Schrijf een Nederlands woord dat uw lezer zelf ook gebruikt, of leg het Engelse woord uit. Is het een naam of een woord dat uw lezers kennen? Zet het dan in een woordenlijst.',
            actual,
            expected: [],
            url: options.url,
          });
          // vfile's own mark for an info message; the checker reads it as severity `info`.
          file.messages[file.messages.length - 1].fatal = undefined;
          return;
        }
        // Suggestions are the slow part of a speller; a repeated typo asks once.
        const key = actual.includes('’') ? `${word}’` : word;
        let expected = options.suggest ? suggestions.get(key) : [];
        if (!expected) {
          expected = spellingSuggestions(word, actual, dutch);
          suggestions.set(key, expected);
        }
        const didYouMean = expected.length ? ` Bedoelt u ‘${expected[0]}’?` : '';
        report(file, doc, {
          ruleId: 'spelling',
          start,
          end,
          message: `‘${shown}’ staat niet in het woordenboek.${didYouMean}`,
          explanation:
            'Een tikfout of spelfout haalt de lezer uit de tekst. Hij gaat twijfelen: klopt de rest van de brief wel? Staat het woord goed, bijvoorbeeld een naam of een vakterm? Zet het dan in een woordenlijst.',
          actual,
          expected,
          url: options.url,
        });
      });
    };
  },
};

/**
 * Whether the English dictionary knows the word: `word`, or `name` when it knows it only with
 * a capital (Microsoft, Chicago): a name spelled as English spells it, so no finding at all.
 */
function englishWord(word: string, english: Speller): 'word' | 'name' | 'no' {
  if (word.replace(/[^\p{L}]/gu, '').length < MIN_ENGLISH_LETTERS || !english.correct(word)) return 'no';
  const lower = word.toLowerCase();
  return lower === word || english.correct(lower) ? 'word' : 'name';
}

/** Suggestions for an unknown word, in the case and apostrophes of the text (`actual`). */
export function spellingSuggestions(word: string, actual: string, dutch: Speller): string[] {
  const curly = actual.includes('’');
  const seen = new Set<string>();
  for (const suggestion of dutch.suggest(word, SUGGESTIONS)) {
    const cased = matchCase(actual, suggestion);
    seen.add(curly ? cased.replace(/'/g, '’') : cased);
  }
  return [...seen].slice(0, SUGGESTIONS);
}

/** Words from Helder's and the organisation's word lists are real words: the jargon rule speaks about them. */
function inWordlists(word: string, wordlists: CompiledWordlists | undefined): boolean {
  return Boolean(wordlists?.byFirstWord.get(word.toLowerCase())?.some((pattern) => pattern.words.length === 1));
}

/**
 * The host's extra words, with the dictionary's rules for capitals: a word in lower case also
 * counts with a capital or in capitals (zorgvrager, Zorgvrager, ZORGVRAGER); a word with a
 * capital counts as written or in capitals (Helder, HELDER), not in lower case.
 */
function listedWords(words: string[]): (word: string) => boolean {
  const exact = new Set<string>();
  const lower = new Set<string>();
  const upper = new Set<string>();
  for (const raw of words) {
    const word = raw.trim().replace(/[’‘]/g, "'");
    if (!word) continue;
    exact.add(word);
    upper.add(word.toUpperCase());
    if (word === word.toLowerCase()) lower.add(word);
  }
  if (exact.size === 0) return () => false;
  return (word) => {
    if (exact.has(word)) return true;
    if (word === word.toUpperCase()) return upper.has(word);
    return /^\p{Lu}/u.test(word) && word.slice(1) === word.slice(1).toLowerCase() && lower.has(word.toLowerCase());
  };
}
