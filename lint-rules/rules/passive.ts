import {analyze, isProse} from '../analysis.js';
import {type ClauseWord, clauseWords, determiners, hebbenForms, isAuxiliary, modalForms, prepositions, splitClauses, wordenForms, zijnForms} from '../dutch/clauses.js';
import {isParticiple, zijnVerbParticiples} from '../dutch/participles.js';
import {report, type RuleDefinition} from '../rule.js';

export interface PassiveOptions {
  /** Participles to leave alone, for example 'verzocht' in an organisation that accepts 'u wordt verzocht'. */
  ignore: string[];
  /** Also flag a form of zijn with a participle when a door-phrase names who did it. */
  perfectWithAgent: boolean;
}

export const passive: RuleDefinition<PassiveOptions> = {
  id: 'passive',
  title: 'Lijdende vorm',
  description:
    'Zinnen in de lijdende vorm (‘wordt … verzonden’, ‘zal worden behandeld’), waarin niet staat wie iets doet.',
  defaultSeverity: 'warning',
  defaults: {ignore: [], perfectWithAgent: true},
  examples: [
    {
      bad: 'Uw pas wordt binnen twee weken naar u verzonden.',
      good: 'Wij sturen uw pas binnen twee weken naar u toe.',
    },
    {
      bad: 'De aanslag wordt door de gemeente vastgesteld.',
      good: 'De gemeente stelt de aanslag vast.',
    },
  ],
  plugin(options) {
    const ignore = new Set(options.ignore.map((word) => word.toLowerCase()));
    return (tree, file) => {
      const doc = String(file);
      for (const sentence of analyze(tree).sentences) {
        if (!isProse(sentence.kind)) continue;
        const {tokens} = sentence;
        // Most sentences have no form of 'worden' (nor 'zijn' with a 'door'-phrase): nothing to split.
        if (!tokens.some((token) => wordenForms.has(token.lower) || (options.perfectWithAgent && zijnForms.has(token.lower)))) continue;
        for (const clause of splitClauses(tokens, {joinCoordinated: true, keepAsides: true})) {
          const found = findPassive(clauseWords(tokens, clause), ignore, options.perfectWithAgent);
          if (!found) continue;
          const [first, last] = found.auxiliary.index < found.participle.index ? [found.auxiliary, found.participle] : [found.participle, found.auxiliary];
          const start = first.token.start;
          const end = last.token.end;
          const parts =
            last.index - first.index > 1 ? `‘${first.token.text} … ${last.token.text}’` : `‘${first.token.text} ${last.token.text}’`;
          const agent = found.agent ? doc.slice(found.agent.start, found.agent.end) : undefined;
          report(file, doc, {
            ruleId: 'passive',
            start,
            end,
            actual: doc.slice(start, end),
            message: agent
              ? `Lijdende vorm: ${parts}. Maak ‘${agent}’ het onderwerp van de zin: zeg wie het doet.`
              : `Lijdende vorm: ${parts}. Zeg wie het doet, bijvoorbeeld ‘wij’ of ‘u’.`,
            explanation:
              'In de lijdende vorm staat niet wie iets doet. De lezer moet dat zelf raden, en de zin wordt langer en afstandelijker. Direct Duidelijk: schrijf actief, met wie iets doet vooraan (‘Wij sturen u …’).',
            expected: [],
            url: options.url,
          });
        }
      }
    };
  },
};

// Determiners that are also object pronouns: 'door ons verzonden', 'door haar ondertekend'.
const pronouns = new Set(['ons', 'haar', 'hun', 'je', 'zijn']);

interface PassiveMatch {
  auxiliary: ClauseWord;
  participle: ClauseWord;
  agent?: {start: number; end: number};
}

/**
 * worden + participle anywhere in one clause, where the participle stands in a verb position:
 * at the end of the clause, before a preposition, te-infinitive or other verb, or next to the
 * auxiliary. zijn + participle only with a door-phrase (otherwise it is as often a state: 'De balie
 * is gesloten') and never with verbs that take zijn in the perfect ('is gegaan').
 */
function findPassive(words: ClauseWord[], ignore: Set<string>, perfectWithAgent: boolean): PassiveMatch | undefined {
  const agent = doorPhrase(words);
  for (let a = 0; a < words.length; a++) {
    const auxiliary = words[a];
    const lower = auxiliary.token.lower;
    const isWorden = wordenForms.has(lower);
    const isZijn = !isWorden && perfectWithAgent && agent !== undefined && zijnForms.has(lower);
    if (!isWorden && !isZijn) continue;
    // The nearest participle first: 'wordt geanonimiseerd en … worden bewaard' pairs each with its own auxiliary.
    const order = words.map((_, index) => index).sort((x, y) => Math.abs(x - a) - Math.abs(y - a));
    for (const p of order) {
      if (p === a) continue;
      const participle = words[p];
      const word = participle.token.lower;
      if (!isParticiple(word) || ignore.has(word)) continue;
      if (isZijn && zijnVerbParticiples.has(word)) continue;
      // After a determiner it is a noun or adjective: 'Dit wordt een besluit', 'de gesloten deur'.
      const before = words[p - 1];
      if (before && ((determiners.has(before.token.lower) && !pronouns.has(before.token.lower)) || prepositions.has(before.token.lower))) continue;
      if (p > a ? inVerbPosition(words, p) : beforeAuxiliary(words, p, a)) {
        // 'zijn' as a possessive ('zijn pas door de brievenbus') is followed by its noun; the verb by 'door', 'er', 'niet' or the participle.
        if (isZijn && lower === 'zijn' && Math.abs(p - a) > 1 && !verbalZijn(words[a + 1]?.token.lower)) continue;
        return {auxiliary, participle, agent};
      }
    }
  }
  return undefined;
}

/** After the auxiliary: the participle ends the clause, or only prepositional or verbal material follows. */
function inVerbPosition(words: ClauseWord[], p: number): boolean {
  const next = words[p + 1];
  if (!next) return true;
  const lower = next.token.lower;
  if (prepositions.has(lower) || isAuxiliary(lower) || /^(te|om|en|of|maar)$/.test(lower)) return true;
  // An extraposed te-infinitive: 'U wordt verzocht het formulier in te vullen.'
  return words.slice(p + 1).some((word, offset, rest) => word.token.lower === 'te' && offset + 1 < rest.length);
}

/** Before the auxiliary (subordinate order): 'dat uw pas verzonden wordt', 'ingevuld moet worden'. */
function beforeAuxiliary(words: ClauseWord[], p: number, a: number): boolean {
  for (let between = p + 1; between < a; between++) {
    const lower = words[between].token.lower;
    if (!modalForms.has(lower) && !hebbenForms.has(lower) && !zijnForms.has(lower)) return false;
  }
  // The cluster closes the clause, or a preposition or te-infinitive follows it.
  const next = words[a + 1];
  return !next || prepositions.has(next.token.lower) || next.token.lower === 'te';
}

/** 'door de gemeente': the agent, up to the next verb, preposition or end of the clause. */
function doorPhrase(words: ClauseWord[]): {start: number; end: number} | undefined {
  const at = words.findIndex((word) => word.token.lower === 'door');
  if (at < 0 || at + 1 >= words.length) return undefined;
  let end = at + 1;
  while (end + 1 < words.length && end - at < 4) {
    // A comma ends the agent: 'door ons, de gemeente en de politie' names several.
    if (words[end + 1].index !== words[end].index + 1) break;
    const lower = words[end + 1].token.lower;
    if (prepositions.has(lower) || isParticiple(lower) || wordenForms.has(lower) || zijnForms.has(lower) || modalForms.has(lower)) break;
    end++;
  }
  const firstWord = words[at + 1].token.lower;
  if (isParticiple(firstWord)) return undefined;
  return {start: words[at + 1].token.start, end: words[end].token.end};
}

function verbalZijn(next: string | undefined): boolean {
  return next === undefined || prepositions.has(next) || /^(er|niet|ook|al|nog|toen|dan|inmiddels|intussen|eerder|vorig|gisteren)$/.test(next);
}
