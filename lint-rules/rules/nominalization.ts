import {analyze} from '../analysis.js';
import {report, type RuleDefinition} from '../rule.js';
import type {CompiledWordlists} from '../wordlists/compile.js';
import {type ListReport, listMatches, quoteAlternatives, reportListMatches} from './list-matches.js';

export interface NominalizationOptions {
  /** Terms from the list (as written in `term`) to leave alone. */
  ignore: string[];
}

/** Nouns in -en that take 'het': 'het leven van', 'het midden van' are not verbs made into nouns. */
const nounsInEn = new Set(
  `leven verleden teken kenteken wapen examen laken kussen wezen vermogen vertrouwen verlangen bestaan ontstaan
  midden noorden zuiden oosten westen gebeuren eten drinken welslagen voornemen verloop geweten onderwijzen
  regeren openbaar volgen verkeer lichaam kenmerken wegen`.split(/\s+/),
);
const infinitive = /^\p{Ll}{3,}(?:[^aeiou]en|[aeo]{2}n|ien)$/u;

/** Naamwoordstijl: fixed noun-plus-verb phrases (data in `wordlists/naamwoordstijl.yaml`) and 'het indienen van'. */
export const nominalization: RuleDefinition<NominalizationOptions & {wordlists: CompiledWordlists}> = {
  id: 'nominalization',
  title: 'Naamwoordstijl',
  description: 'Een werkwoord dat als zelfstandig naamwoord is geschreven (‘de behandeling van’, ‘zorg dragen voor’), waar het werkwoord zelf duidelijker is.',
  defaultSeverity: 'warning',
  defaults: {ignore: [], wordlists: undefined as unknown as CompiledWordlists},
  examples: [
    {
      bad: 'De behandeling van uw aanvraag duurt acht weken.',
      good: 'Wij behandelen uw aanvraag binnen acht weken.',
    },
    {
      bad: 'Wij zullen zorg dragen voor een goede afhandeling.',
      good: 'Wij zorgen ervoor dat alles goed gaat.',
    },
  ],
  plugin(options) {
    const ignored = new Set(options.ignore.map((term) => term.toLowerCase()));
    const how: ListReport = {
      ruleId: 'nominalization',
      url: options.url,
      ignore: options.ignore,
      message: (actual, entry) => `‘${actual}’ is naamwoordstijl. Gebruik het werkwoord: ${quoteAlternatives(entry)}.`,
      explanation: (entry) =>
        `${entry.explanation} Direct Duidelijk: schrijf met werkwoorden. Een werkwoord laat zien wie wat doet; een zelfstandig naamwoord verstopt dat.`,
    };
    return (tree, file) => {
      const doc = String(file);
      for (const sentence of analyze(tree).sentences) {
        const {tokens} = sentence;
        // 'het indienen van': het + infinitive + van. A word a word list already covers keeps that finding.
        const listed = listMatches(sentence, options.wordlists);
        for (let at = 0; at + 2 < tokens.length; at++) {
          if (tokens[at].lower !== 'het' || tokens[at + 2].lower !== 'van') continue;
          const verb = tokens[at + 1];
          if (!verb.isWord || !infinitive.test(verb.lower) || nounsInEn.has(verb.lower) || ignored.has(verb.lower)) continue;
          if (listed.some((match) => match.from <= at + 1 && match.to > at)) continue;
          const start = tokens[at].start;
          const end = tokens[at + 2].end;
          report(file, doc, {
            ruleId: 'nominalization',
            start,
            end,
            message: `‘${doc.slice(start, end)}’ is naamwoordstijl. Schrijf met het werkwoord ‘${verb.lower}’ en zeg wie het doet (bijvoorbeeld ‘u kunt … ${verb.lower}’).`,
            explanation:
              'Met ‘het … van’ wordt een werkwoord een zelfstandig naamwoord. Dan staat er niet meer wie iets doet, en de zin wordt langer. Direct Duidelijk: schrijf met werkwoorden.',
            expected: [],
            url: options.url,
          });
        }
        reportListMatches(file, doc, sentence, options.wordlists, how);
      }
    };
  },
};
