import {analyze} from '../analysis.js';
import type {RuleDefinition} from '../rule.js';
import type {CompiledWordlists} from '../wordlists/compile.js';
import {type ListReport, quoteAlternatives, reportListMatches} from './list-matches.js';

export interface VagueOptions {
  /** Terms from the list (as written in `term`) to leave alone. */
  ignore: string[];
}

/** Hedges and empty words; the words themselves are data (`wordlists/vaag.yaml`). */
export const vague: RuleDefinition<VagueOptions & {wordlists: CompiledWordlists}> = {
  id: 'vague',
  title: 'Vage woorden',
  description: 'Voorbehouden en lege woorden zoals ‘in principe’, ‘eventueel’ en ‘zo spoedig mogelijk’, waar de lezer een datum, bedrag of duidelijk antwoord nodig heeft.',
  defaultSeverity: 'warning',
  defaults: {ignore: [], wordlists: undefined as unknown as CompiledWordlists},
  examples: [
    {
      bad: 'Wij nemen zo spoedig mogelijk contact met u op.',
      good: 'Wij bellen u binnen vijf werkdagen.',
    },
    {
      bad: 'In principe krijgt u de vergoeding binnen zes weken.',
      good: 'U krijgt de vergoeding binnen zes weken.',
    },
  ],
  plugin(options) {
    const how: ListReport = {
      ruleId: 'vague',
      url: options.url,
      ignore: options.ignore,
      message: (actual, entry) =>
        entry.canOmit
          ? `‘${actual}’ is vaag. Noem een datum, termijn of bedrag, of laat het woord weg. Of schrijf ${quoteAlternatives(entry)}.`
          : `‘${actual}’ is vaag. Schrijf ${quoteAlternatives(entry)}, of noem een datum, termijn of bedrag.`,
      explanation: (entry) =>
        `${entry.explanation} Direct Duidelijk: zeg wat de lezer kan verwachten. Een vaag woord laat open wanneer, hoeveel of of het echt gebeurt.`,
    };
    return (tree, file) => {
      const doc = String(file);
      for (const sentence of analyze(tree).sentences) reportListMatches(file, doc, sentence, options.wordlists, how);
    };
  },
};
