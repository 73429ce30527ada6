import {analyze, isProse} from '../analysis.js';
import {report, type RuleDefinition} from '../rule.js';

export interface LongSentenceOptions {
  /** More words than this gets a warning. */
  maxWords: number;
  /** More words than this gets the stronger message. */
  veryLongWords: number;
}

export const longSentence: RuleDefinition<LongSentenceOptions> = {
  id: 'long-sentence',
  title: 'Lange zin',
  description: 'Zinnen van meer dan 20 woorden (instelbaar); boven de 30 woorden met een sterkere melding.',
  defaultSeverity: 'warning',
  defaults: {maxWords: 20, veryLongWords: 30},
  examples: [
    {
      bad: 'Wij hebben uw aanvraag voor een parkeervergunning ontvangen en wij laten u weten dat wij deze aanvraag binnen acht weken na ontvangst zullen behandelen, tenzij wij meer informatie van u nodig hebben.',
      good: 'Wij hebben uw aanvraag voor een parkeervergunning ontvangen. U hoort binnen acht weken van ons. Hebben wij meer informatie nodig? Dan nemen wij contact met u op.',
    },
  ],
  plugin(options) {
    return (tree, file) => {
      const doc = String(file);
      for (const sentence of analyze(tree).sentences) {
        if (!isProse(sentence.kind)) continue;
        const count = sentence.words.length;
        if (count <= options.maxWords) continue;
        const veryLong = count > options.veryLongWords;
        report(file, doc, {
          ruleId: 'long-sentence',
          start: sentence.node.position!.start.offset!,
          end: sentence.node.position!.end.offset!,
          message: veryLong
            ? `Deze zin is erg lang: ${count} woorden. Splits hem in twee of drie zinnen van hoogstens ${options.maxWords} woorden.`
            : `Deze zin telt ${count} woorden. Maak hem korter dan ${options.maxWords + 1} woorden, of splits hem.`,
          explanation:
            'Een lange zin vraagt veel van het geheugen van de lezer. Lezers op taalniveau B1 haken af als ze een zin twee keer moeten lezen. Zet één boodschap in één zin.',
          expected: [],
          url: options.url,
        });
      }
    };
  },
};
