import {analyze, isProse} from '../analysis.js';
import {countSyllables} from '../dutch/syllables.js';
import {report, type RuleDefinition} from '../rule.js';

export interface LongWordOptions {
  /** Words with more letters than this are flagged. */
  maxLetters: number;
  /** Words with more syllables than this are flagged. */
  maxSyllables: number;
  /** Long words that are fine for your readers (lower case). */
  ignore: string[];
}

export const longWord: RuleDefinition<LongWordOptions> = {
  id: 'long-word',
  title: 'Lang woord',
  description: 'Heel lange woorden en samenstellingen (meer dan 21 letters of 7 lettergrepen, instelbaar).',
  defaultSeverity: 'warning',
  scope: 'document',
  defaults: {maxLetters: 21, maxSyllables: 7, ignore: []},
  examples: [
    {
      bad: 'U heeft een arbeidsongeschiktheidsverzekering nodig.',
      good: 'U heeft een verzekering nodig voor als u niet meer kunt werken.',
    },
  ],
  plugin(options) {
    const ignore = new Set(options.ignore.map((word) => word.toLowerCase()));
    return (tree, file) => {
      const doc = String(file);
      // One finding per word per text: a long word that recurs is the same problem, not a new one.
      const seen = new Set<string>();
      for (const sentence of analyze(tree).sentences) {
        if (!isProse(sentence.kind)) continue;
        sentence.words.forEach((word, index) => {
          if (word.text.length <= options.maxLetters && word.syllables <= options.maxSyllables) return;
          if (!/^[\p{L}-]+$/u.test(word.text) || ignore.has(word.lower)) return;
          // A capital inside the sentence is a name ('Koninkrijksrelaties'): not the writer's choice.
          if (index > 0 && /^\p{Lu}/u.test(word.text)) return;
          // Hyphenated words are read part by part: 'Noord-Brabant', 'zorg-en-veiligheidshuis'.
          const parts = word.text.split('-');
          const longest = parts.reduce((a, b) => (b.length > a.length ? b : a));
          const letters = longest.length;
          const syllables = parts.length > 1 ? countSyllables(longest) : word.syllables;
          if (letters <= options.maxLetters && syllables <= options.maxSyllables) return;
          if (seen.has(word.lower)) return;
          seen.add(word.lower);
          report(file, doc, {
            ruleId: 'long-word',
            start: word.start,
            end: word.end,
            message: `‘${word.text}’ is een heel lang woord (${letters} letters, ${syllables} lettergrepen). Schrijf het als een omschrijving van een paar woorden, of leg het uit.`,
            explanation:
              'Een lang samengesteld woord moet de lezer eerst in stukken hakken voordat hij het begrijpt. Direct Duidelijk: kies korte, bekende woorden. Splits een lange samenstelling in een omschrijving (‘de verzekering voor als u niet kunt werken’), of leg het woord de eerste keer uit. Een samenstelling die uw lezers goed kennen, kunt u laten staan.',
            expected: [],
            url: options.url,
          });
        });
      }
    };
  },
};
