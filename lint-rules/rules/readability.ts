import {analyze, isProse} from '../analysis.js';
import {fleschDouma} from '../readability.js';
import {report, type RuleDefinition} from '../rule.js';

export interface ReadabilityOptions {
  /** A sentence scoring below this Flesch-Douma score gets an info finding. */
  minSentenceScore: number;
  /** Shorter sentences are not scored: the formula means little on a few words. */
  minWords: number;
  /** English text only: retext-readability's target reading age (english/index.ts). */
  targetAge: number;
}

export const readability: RuleDefinition<ReadabilityOptions> = {
  id: 'readability',
  title: 'Leesbaarheid',
  description:
    'Berekent Flesch-Douma en de Leesindex Brouwer per tekst en per alinea, en meldt zinnen die veel moeilijker zijn dan taalniveau B1.',
  defaultSeverity: 'info',
  defaults: {minSentenceScore: 30, minWords: 8, targetAge: 16},
  examples: [
    {
      bad: 'De gemeentelijke belastingaanslag wordt overeenkomstig de verordening onroerendezaakbelastingen vastgesteld op basis van de waardebeschikking.',
      good: 'U betaalt belasting voor uw huis. Hoeveel? Dat hangt af van de waarde van uw huis.',
    },
  ],
  plugin(options) {
    return (tree, file) => {
      const doc = String(file);
      for (const sentence of analyze(tree).sentences) {
        if (!isProse(sentence.kind)) continue;
        const words = sentence.words.length;
        if (words < options.minWords) continue;
        // Only whole sentences: a salutation, signature or label without a full stop is not prose to rewrite.
        const last = sentence.tokens[sentence.tokens.length - 1];
        if (last.isWord || !/[.!?]/.test(last.text)) continue;
        const {syllables} = sentence;
        const score = fleschDouma(words, syllables / words);
        if (score >= options.minSentenceScore) continue;
        // Names and numbers are not the writer's choice of words, so they are not offered as the problem.
        const longWords = sentence.words
          .filter((word, index) => word.syllables >= 4 && /^\p{L}+$/u.test(word.text) && (index === 0 || !/^\p{Lu}/u.test(word.text)))
          .map((word) => word.text);
        const hint = longWords.length
          ? ` Lange woorden: ${longWords.slice(0, 4).map((word) => `‘${word}’`).join(', ')}.`
          : '';
        report(file, doc, {
          ruleId: 'readability',
          start: sentence.node.position!.start.offset!,
          end: sentence.node.position!.end.offset!,
          message: `Deze zin is veel moeilijker dan taalniveau B1 (Flesch-Douma ${Math.round(score)}; ${(syllables / words).toFixed(1)} lettergrepen per woord).${hint} Gebruik kortere, bekende woorden of splits de zin.`,
          explanation:
            'Zinnen met veel lange woorden zijn moeilijk voor lezers op taalniveau B1. Een kort, bekend woord lezen mensen in één keer; een lang samengesteld woord moeten ze ontleden.',
          expected: [],
          url: options.url,
        });
      }
    };
  },
};
