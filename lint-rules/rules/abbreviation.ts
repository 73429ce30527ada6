import {analyze, isProse} from '../analysis.js';
import {report, type RuleDefinition} from '../rule.js';
import type {CompiledWordlists, Token} from '../wordlists/compile.js';
import {type ListReport, quoteAlternatives, reportListMatches} from './list-matches.js';

export interface AbbreviationOptions {
  /** Terms from the list (as written in `term`) to leave alone. */
  ignore: string[];
  /** Acronyms every reader knows, which need no explanation. */
  knownAcronyms: string[];
}

// Two to five capitals: BSN, WOZ, UWV.
const acronym = /^\p{Lu}{2,5}$/u;
// A well-formed Roman numeral (Willem III, XIV); VVD and MIVD are not.
const romanNumeral = /^M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$/;
// Units of measurement are not abbreviations to explain: 127 MW, 5 GB.
const units = new Set(['MW', 'GW', 'KW', 'KWH', 'MWH', 'GB', 'MB', 'KB', 'TB']);

/** Abbreviations (data in `wordlists/afkortingen.yaml`). */
export const abbreviation: RuleDefinition<AbbreviationOptions & {wordlists: CompiledWordlists}> = {
  id: 'abbreviation',
  title: 'Afkortingen',
  description: 'Afkortingen zoals ‘i.v.m.’ en ‘m.b.t.’, en letterwoorden die niet worden uitgelegd voordat ze gebruikt worden.',
  defaultSeverity: 'warning',
  scope: 'document',
  defaults: {
    ignore: [],
    knownAcronyms: ['AOW', 'BTW', 'DNA', 'EU', 'GPS', 'ICT', 'ID', 'NS', 'OV', 'PC', 'PDF', 'SMS', 'TV', 'USB', 'WC'],
    wordlists: undefined as unknown as CompiledWordlists,
  },
  examples: [
    {
      bad: 'De balie is gesloten i.v.m. de feestdagen.',
      good: 'De balie is gesloten vanwege de feestdagen.',
    },
    {
      bad: 'Vul uw BSN in op het formulier.',
      good: 'Vul uw burgerservicenummer (BSN) in op het formulier.',
    },
  ],
  plugin(options) {
    const known = new Set(options.knownAcronyms);
    const ignored = new Set(options.ignore.map((term) => term.toLowerCase()));
    const how: ListReport = {
      ruleId: 'abbreviation',
      url: options.url,
      ignore: options.ignore,
      message: (actual, entry) => `Schrijf ‘${actual}’ voluit: ${quoteAlternatives(entry)}.`,
      // 'D.D. Bakker', 'A.S. de Vries': initials, not 'de dato' or 'aanstaande'.
      skip: (actual) => /^(\p{Lu}\.)+$/u.test(actual),
      explanation: (entry) =>
        `${entry.explanation} Direct Duidelijk: schrijf afkortingen voluit. Niet iedere lezer kent ze, en voorleessoftware leest ze vaak verkeerd voor.`,
    };
    return (tree, file) => {
      const doc = String(file);
      const seen = new Set<string>();
      for (const sentence of analyze(tree).sentences) {
        const found = isProse(sentence.kind) ? acronyms(sentence.tokens) : [];
        if (found.length > 0 && !shouting(sentence.tokens)) {
          for (const {token, explained} of found) {
            if (seen.has(token.text) || known.has(token.text) || ignored.has(token.text.toLowerCase())) continue;
            seen.add(token.text);
            if (explained) continue;
            report(file, doc, {
              ruleId: 'abbreviation',
              start: token.start,
              end: token.end,
              message: `Leg ‘${token.text}’ uit de eerste keer dat het in de tekst staat: schrijf de woorden voluit met de afkorting tussen haakjes erachter.`,
              explanation:
                'Niet iedere lezer weet waar een letterwoord voor staat. Direct Duidelijk: schrijf een afkorting de eerste keer voluit, met de afkorting tussen haakjes, of gebruik alleen de woorden.',
              expected: [],
              url: options.url,
            });
          }
        }
        reportListMatches(file, doc, sentence, options.wordlists, how);
      }
    };
  },
};

/** Acronyms in a sentence, and whether brackets explain them right there: 'burgerservicenummer (BSN)' or 'BSN (burgerservicenummer)'. */
function acronyms(tokens: Token[]): {token: Token; explained: boolean}[] {
  const found: {token: Token; explained: boolean}[] = [];
  tokens.forEach((token, index) => {
    if (!token.isWord || token.text.length > 5 || token.lower === token.text) return;
    if (!acronym.test(token.text) || romanNumeral.test(token.text) || units.has(token.text)) return;
    // '[NAME]': a placeholder in a template, not an acronym; '5509 ZX': a postcode.
    if (tokens[index - 1]?.text.endsWith('[')) return;
    if (/^\d{4}$/.test(tokens[index - 1]?.text ?? '') && token.text.length === 2) return;
    const after = tokens[index + 1];
    const explained = insideBrackets(tokens, index) || (after?.text === '(' && explanationFollows(tokens, index + 2));
    found.push({token, explained});
  });
  return found;
}

/** A line in capitals (a heading or a warning) is not a row of acronyms. */
function shouting(tokens: Token[]): boolean {
  let words = 0;
  let capitals = 0;
  for (const token of tokens) {
    if (!token.isWord || !/\p{L}{2}/u.test(token.text)) continue;
    words++;
    // A word in lower case has no capitals to count; only the others need the comparison.
    if (token.lower !== token.text && token.text === token.text.toUpperCase()) capitals++;
  }
  return words >= 3 && capitals / words > 0.5;
}

/** Inside '( … )' in the same sentence: 'Regionale Energiestrategie (RES)', '(concept RES Amsterdam)'. */
function insideBrackets(tokens: Token[], index: number): boolean {
  for (let at = index - 1; at >= 0; at--) {
    if (tokens[at].isWord) continue;
    if (tokens[at].text.includes(')')) return false;
    if (tokens[at].text.includes('(')) return tokens.slice(index + 1).some((token) => !token.isWord && token.text.includes(')'));
  }
  return false;
}

/** 'UWV (Uitvoeringsinstituut Werknemersverzekeringen)' explains; 'UWV (zie bijlage)' does not. */
function explanationFollows(tokens: Token[], from: number): boolean {
  const first = tokens[from];
  return first !== undefined && first.isWord && !/^(zie|bijlage|pagina|blz|p)$/i.test(first.text) && /\p{L}{4}/u.test(first.text);
}
