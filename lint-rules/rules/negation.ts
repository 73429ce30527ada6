import {analyze, isProse} from '../analysis.js';
import {type ClauseWord, clauseWords, splitClauses} from '../dutch/clauses.js';
import {report, type RuleDefinition} from '../rule.js';
import type {Token} from '../wordlists/compile.js';

export interface NegationOptions {
  /** Words between two negations in one clause, at most, to count as a double negative. */
  maxDistance: number;
}

// 'zonder' counts only right after 'niet' (negatedNegative): 'zonder … geen' is ordinary Dutch.
const negations = new Set(['niet', 'geen', 'nooit', 'niemand', 'niets', 'nergens']);
// Words that may stand between 'niet' and a negative adjective: 'niet geheel onredelijk'.
const softeners = new Set(['geheel', 'helemaal', 'zo', 'echt', 'erg', 'altijd', 'per', 'se', 'volledig', 'bepaald']);
/** Adjectives with the negative prefix on-; 'onder', 'ont-' and 'ons' are not negations. */
const negativeAdjective = /^on(?!der|t(?![eoij])|s$|ze$|zer|s[^c]|line)\p{L}{3,}$/u;
const adjectiveEnding = /(lijk|rijk|baar|ig|zaam|wend|wenst|juist|waar|vreden|willend|nodig|geldig|terecht|gewoon|bekend|mogelijk|redelijk|redelijke|lijke|bare|ige)$/;

export const negation: RuleDefinition<NegationOptions> = {
  id: 'negation',
  title: 'Dubbele ontkenning',
  description: 'Dubbele ontkenningen (‘niet onmogelijk’, ‘niet … geen’) die de lezer moet omrekenen naar wat er bedoeld wordt.',
  defaultSeverity: 'warning',
  defaults: {maxDistance: 8},
  examples: [
    {
      bad: 'Het is niet onmogelijk dat u recht heeft op toeslag.',
      good: 'Misschien heeft u recht op toeslag.',
    },
    {
      bad: 'Het is niet zo dat u geen bezwaar kunt maken.',
      good: 'U kunt bezwaar maken.',
    },
  ],
  plugin(options) {
    const keep = new Set(['dat', 'om']);
    return (tree, file) => {
      const doc = String(file);
      for (const sentence of analyze(tree).sentences) {
        if (!isProse(sentence.kind)) continue;
        const {tokens} = sentence;
        // Both findings need a negation word; most sentences have none.
        if (!tokens.some((token) => negations.has(token.lower))) continue;
        // 'dat' and 'om' stay inside: 'Het is niet zo dat u geen …' and 'geen reden om niet …' are the classic double negatives.
        for (const clause of splitClauses(tokens, {keep})) {
          const words = clauseWords(tokens, clause);
          const found = negatedNegative(words) ?? doubleNegative(words, options.maxDistance);
          if (!found) continue;
          const [first, last] = found;
          const actual = doc.slice(first.start, last.end);
          report(file, doc, {
            ruleId: 'negation',
            start: first.start,
            end: last.end,
            actual,
            message: `Dubbele ontkenning: ‘${actual.replace(/\s+/g, ' ')}’. Schrijf wat wel zo is, zonder ontkenning.`,
            explanation:
              'Twee ontkenningen heffen elkaar op, maar de lezer moet dat zelf uitrekenen. Veel lezers halen de betekenis dan om. Direct Duidelijk: schrijf positief; zeg wat wel kan of wel geldt.',
            expected: [],
            url: options.url,
          });
        }
      }
    };
  },
};

/** 'niet onmogelijk', 'niet geheel onredelijk', 'niet zonder reden'. */
function negatedNegative(words: ClauseWord[]): [Token, Token] | undefined {
  for (let n = 0; n < words.length; n++) {
    if (words[n].token.lower !== 'niet') continue;
    let next = n + 1;
    while (next < words.length && softeners.has(words[next].token.lower)) next++;
    const word = words[next]?.token;
    if (!word) continue;
    if (word.lower === 'zonder' || (negativeAdjective.test(word.lower) && adjectiveEnding.test(word.lower))) {
      return [words[n].token, word];
    }
  }
  return undefined;
}

/** Two negations in one clause: 'niet … geen', 'nooit … niemand'; 'wel of niet' and 'niet alleen … maar' are not. */
function doubleNegative(words: ClauseWord[], maxDistance: number): [Token, Token] | undefined {
  let previous: ClauseWord | undefined;
  for (let at = 0; at < words.length; at++) {
    const word = words[at];
    const lower = word.token.lower;
    if (!negations.has(lower)) continue;
    // 'wel of niet', 'of niet': a choice, not a negation of a negation.
    if (lower === 'niet' && words[at - 1]?.token.lower === 'of') continue;
    if (lower === 'niet' && words[at + 1]?.token.lower === 'alleen') continue;
    if (previous && word.index - previous.index <= maxDistance + 1) return [previous.token, word.token];
    previous = word;
  }
  return undefined;
}
