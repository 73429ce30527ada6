import {analyze} from '../analysis.js';
import type {RuleDefinition} from '../rule.js';
import type {CompiledWordlists} from '../wordlists/compile.js';
import type {Wordlist} from '../wordlists/types.js';
import {type ListReport, quoteAlternatives, reportListMatches} from './list-matches.js';

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
    const how: ListReport = {
      ruleId: 'jargon',
      url: options.url,
      message: (actual, entry, list) =>
        `‘${actual}’ is ${describe(list.category)}. Schrijf liever ${quoteAlternatives(entry)}.${entry.canOmit ? ' Vaak kan het woord ook weg.' : ''}`,
      explanation: (entry) => `${entry.explanation} Direct Duidelijk: gebruik de woorden die uw lezer zelf ook gebruikt.`,
    };
    const skip = (list: Wordlist) => disabled.has(list.category);
    return (tree, file) => {
      const doc = String(file);
      for (const sentence of analyze(tree).sentences) reportListMatches(file, doc, sentence, options.wordlists, how, skip);
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
