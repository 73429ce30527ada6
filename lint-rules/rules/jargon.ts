import {analyze} from '../analysis.js';
import {inflectAlternatives} from '../dutch/inflection.js';
import {matchCase, report, type RuleDefinition} from '../rule.js';
import {type CompiledWordlists, matchTokens} from '../wordlists/compile.js';

export interface JargonOptions {
  /** Categories (word list names) to leave out. */
  disabledCategories: string[];
}

export interface JargonEnvironment {
  wordlists: CompiledWordlists;
}

export const jargon: RuleDefinition<JargonOptions & JargonEnvironment> = {
  id: 'jargon',
  title: 'Ambtelijke en moeilijke woorden',
  description:
    'Ambtelijke, ouderwetse en onnodig moeilijke woorden en uitdrukkingen uit de woordenlijsten, met eenvoudiger alternatieven.',
  defaultSeverity: 'warning',
  defaults: {disabledCategories: [], wordlists: undefined as unknown as CompiledWordlists},
  examples: [
    {
      bad: 'Wij hebben uw gegevens nodig teneinde uw aanvraag te kunnen behandelen.',
      good: 'Wij hebben uw gegevens nodig om uw aanvraag te kunnen behandelen.',
    },
    {
      bad: 'Indien u vragen heeft, kunt u ons bellen.',
      good: 'Als u vragen heeft, kunt u ons bellen.',
    },
  ],
  plugin(options) {
    const disabled = new Set(options.disabledCategories);
    return (tree, file) => {
      const doc = String(file);
      for (const sentence of analyze(tree).sentences) {
        for (const match of matchTokens(sentence.tokens, options.wordlists)) {
          const {entry, list, slots} = match.pattern;
          if (disabled.has(list.category)) continue;
          const start = sentence.tokens[match.from].start;
          const end = sentence.tokens[match.to - 1].end;
          const actual = doc.slice(start, end);
          const next = sentence.tokens[match.to];
          const suggestions = inflectAlternatives(
            entry,
            {slots, clauseFinal: !next || !next.isWord},
            options.wordlists.conjugations,
          ).map((suggestion) => matchCase(actual, suggestion));
          const alternatives = entry.alternatives.map((alternative) => `‘${alternative}’`).join(' of ');
          const omit = entry.canOmit ? ' Vaak kan het woord ook weg.' : '';
          report(file, doc, {
            ruleId: 'jargon',
            start,
            end,
            message: `‘${actual.replace(/\s+/g, ' ')}’ is ${describe(list.category)}. Schrijf liever ${alternatives}.${omit}`,
            explanation: `${entry.explanation} Direct Duidelijk: gebruik de woorden die uw lezer zelf ook gebruikt.`,
            actual,
            expected: suggestions,
            url: options.url,
          });
        }
      }
    };
  },
};

const descriptions: Record<string, string> = {
  formeel: 'een formeel, ambtelijk woord',
  ouderwets: 'een ouderwets woord',
  voorzetseluitdrukkingen: 'een omslachtige uitdrukking',
  omslachtig: 'een omslachtige uitdrukking',
  'ambtelijke-werkwoorden': 'een ambtelijk werkwoord',
  'moeilijke-woorden': 'een moeilijk woord',
  anglicismen: 'een Engels woord',
};

function describe(category: string): string {
  return descriptions[category] ?? 'een moeilijk of ambtelijk woord';
}
