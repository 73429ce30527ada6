import {analyze, isProse} from '../analysis.js';
import {
  type ClauseWord,
  clauseWords,
  determiners,
  hebbenForms,
  isAuxiliary,
  prepositions,
  splitClauses,
  wordenForms,
  zijnForms,
} from '../dutch/clauses.js';
import {isAttributiveParticiple, isParticiple} from '../dutch/participles.js';
import {report, type RuleDefinition} from '../rule.js';
import type {Speller} from '../spelling/types.js';
import type {Token} from '../wordlists/compile.js';

export interface ClampOptions {
  /** More words than this between the finite verb and the rest of the verb group is a clamp. */
  maxWordsBetween: number;
  /** More words than this between an article and its noun (with a prepositional phrase in between) is a clamp. */
  maxNounPhraseWords: number;
}

// 'en' and 'of' join noun phrases as often as clauses; a clamp spans them ('de aanvraag en de stukken').
const coordinators = new Set(['en', 'of', 'om']);

// Articles and possessives that open a noun phrase; 'die', 'dat', 'zijn', 'haar', 'ons' and 'hun' are left out: they are as often pronouns or verbs.
const articles = new Set('de het een deze dit uw onze mijn elk elke ieder iedere'.split(' '));
const particles = new Set('aan af bij binnen dicht door in los mee na neer om op open over samen terug toe uit vast voor weg'.split(' '));
// Infinitives that do not end in -en, and words in -en that are no infinitive.
const shortInfinitives = new Set('gaan doen zien staan slaan zijn'.split(' '));
const notInfinitives = new Set('samen alleen boven beneden buiten binnen tegen open even geen zeven negen heden morgen eigen tussen volgens'.split(' '));

export const clamp: RuleDefinition<ClampOptions> = {
  id: 'clamp',
  title: 'Tangconstructie',
  description:
    'Te veel woorden tussen woorden die bij elkaar horen: het werkwoord en de rest van de werkwoordgroep, of een lidwoord en het zelfstandig naamwoord.',
  defaultSeverity: 'warning',
  defaults: {maxWordsBetween: 8, maxNounPhraseWords: 3},
  examples: [
    {
      bad: 'Wij hebben uw aanvraag voor een vergunning voor het kappen van twee bomen in uw achtertuin ontvangen.',
      good: 'Wij hebben uw aanvraag ontvangen. U vraagt een vergunning om twee bomen in uw achtertuin te kappen.',
    },
    {
      bad: 'U moet zich houden aan de door de gemeente op 1 mei vastgestelde regels.',
      good: 'U moet zich houden aan de regels die de gemeente op 1 mei heeft vastgesteld.',
    },
  ],
  plugin(options) {
    return (tree, file) => {
      const doc = String(file);
      const speller = options.spelling?.dutch;
      const flag = (first: Token, last: Token, message: string) =>
        report(file, doc, {
          ruleId: 'clamp',
          start: first.start,
          end: last.end,
          message,
          explanation:
            'Bij een tangconstructie moet de lezer een deel van de zin onthouden tot het woord komt dat de betekenis afmaakt. Direct Duidelijk: zet woorden die bij elkaar horen bij elkaar, of maak er twee zinnen van.',
          expected: [],
          url: options.url,
        });
      for (const sentence of analyze(tree).sentences) {
        if (!isProse(sentence.kind)) continue;
        const {tokens} = sentence;
        for (const clause of splitClauses(tokens, {keep: coordinators, keepAsides: true})) {
          const words = clauseWords(tokens, clause);
          const after = tokens[clause.to];
          const closed = !after || (!after.isWord && after.text !== ':');
          const verbs = verbClamp(words, speller, closed);
          if (verbs && verbs.between > options.maxWordsBetween) {
            flag(
              verbs.first.token,
              verbs.last.token,
              `Tangconstructie: tussen ‘${verbs.first.token.text}’ en ‘${verbs.second.token.text}’ staan ${verbs.between} woorden. Zet ze dichter bij elkaar, of splits de zin.`,
            );
          }
          for (const phrase of nounClamps(words, options.maxNounPhraseWords)) {
            flag(
              phrase.article.token,
              phrase.noun.token,
              `Tangconstructie: tussen ‘${phrase.article.token.text}’ en ‘${phrase.noun.token.text}’ staan ${phrase.between} woorden. Schrijf ‘${phrase.article.token.text} ${phrase.noun.token.text} die …’ of splits de zin.`,
            );
          }
        }
      }
    };
  },
};

/**
 * A finite verb near the start of the clause whose other part (participle, infinitive, particle)
 * comes only much later. The other part is the first verb form after the finite verb, so that
 * 'kunt … indienen of bezwaar maken' measures to 'indienen'.
 */
function verbClamp(words: ClauseWord[], speller: Speller | undefined, closed: boolean) {
  if (words.length < 4) return undefined;
  const last = words[words.length - 1];
  const limit = Math.min(8, words.length - 2);
  // The first auxiliary of the clause, however long the subject before it.
  for (let a = 0; a < words.length - 2; a++) {
    const first = words[a];
    const lower = first.token.lower;
    if (!isAuxiliary(lower)) continue;
    const needsParticiple = hebbenForms.has(lower) || zijnForms.has(lower) || wordenForms.has(lower);
    const cluster = finalCluster(words, a, needsParticiple);
    if (!cluster || cluster.start <= a) break;
    let end = cluster.start;
    if (needsParticiple && !cluster.hasParticiple) {
      // An extraposed te-infinitive: 'heeft … besloten de straat af te sluiten'.
      if (!cluster.hasTe) continue;
      end = firstVerbForm(words, a + 1, cluster.start, true);
      if (end === cluster.start) continue;
    }
    const second = firstVerbForm(words, a + 1, end, needsParticiple);
    return {first, second: words[second], last: words[cluster.end - 1], between: second - a - 1};
  }
  // A separable verb: 'Wij nemen … contact met u op' (opnemen). Only with the dictionary, which knows
  // the verb, and only when the particle ends the sentence or clause at a punctuation mark: before a
  // relative clause or a colon it is as often a preposition ('… aan die persoon', 'afspraken over:').
  if (!speller || !closed || !particles.has(last.token.lower)) return undefined;
  // 'daar … op' is daarop split in two, not a separable verb.
  if (words.some((word) => /^(daar|hier|er|waar)$/.test(word.token.lower))) return undefined;
  let verb: number | undefined;
  for (let at = 0; at < words.length - 2; at++) {
    const afterCoordinator = at > 0 && coordinators.has(words[at - 1].token.lower);
    if (at >= limit && !afterCoordinator) continue;
    const lower = words[at].token.lower;
    if (isAuxiliary(lower) || determiners.has(lower) || lower.length < 3 || !/^\p{Ll}+$/u.test(lower)) continue;
    // known(), not correct(): 'binnen' + 'groepsgesprekken' is a compound Hunspell accepts, not a verb.
    if (!nounContext(words, at) && speller.known(last.token.lower + lower)) verb = at;
  }
  if (verb === undefined) return undefined;
  return {first: words[verb], second: last, last, between: words.length - verb - 2};
}

function firstVerbForm(words: ClauseWord[], from: number, to: number, participle: boolean): number {
  for (let at = from; at < to; at++) {
    const lower = words[at].token.lower;
    if (nounContext(words, at)) continue;
    if (participle ? isParticiple(lower) : isInfinitive(lower)) return at;
  }
  return to;
}

/** The run of verb forms that closes the clause: 'ontvangen', 'worden behandeld', 'kunnen aanvragen'. */
function finalCluster(words: ClauseWord[], after: number, needsParticiple: boolean): {start: number; end: number; hasParticiple: boolean; hasTe: boolean} | undefined {
  const ends = [words.length, trailingPhrase(words)];
  // With gapping the verb closes the first conjunct: 'heeft … vastgesteld en op 22 april de Routekaart'.
  words.forEach((word, index) => {
    if (index > after + 1 && coordinators.has(word.token.lower)) ends.push(index);
  });
  let fallback: {start: number; end: number; hasParticiple: boolean; hasTe: boolean} | undefined;
  for (const end of ends) {
    const cluster = clusterEndingAt(words, end);
    if (!cluster || cluster.start <= after) continue;
    if (!needsParticiple || cluster.hasParticiple) return cluster;
    fallback ??= cluster;
  }
  return fallback;
}

/** Where a short prepositional phrase after the verbs starts: '… gewogen bij de besluitvorming'. */
function trailingPhrase(words: ClauseWord[]): number {
  for (let at = words.length - 2; at >= Math.max(1, words.length - 5); at--) {
    const lower = words[at].token.lower;
    if (isAuxiliary(lower) || isParticiple(lower)) return -1;
    if (prepositions.has(lower)) return at;
  }
  return -1;
}

function clusterEndingAt(words: ClauseWord[], end: number): {start: number; end: number; hasParticiple: boolean; hasTe: boolean} | undefined {
  if (end <= 0) return undefined;
  let start = end;
  let hasParticiple = false;
  let hasTe = false;
  let hasVerb = false;
  while (start > 0) {
    const word = words[start - 1];
    const lower = word.token.lower;
    const previous = words[start - 2]?.token.lower;
    const inNounPhrase = nounContext(words, start - 1);
    if (isParticiple(lower) && !inNounPhrase) {
      hasParticiple = true;
      hasVerb = true;
    } else if (isAuxiliary(lower) || lower === 'te') {
      // part of the cluster, but not enough on its own
      if (lower === 'te') hasTe = true;
    } else if (isInfinitive(lower) && !inNounPhrase && (previous === 'te' || !/e$/.test(previous ?? ''))) {
      hasVerb = true;
    } else break;
    start--;
  }
  return hasVerb ? {start, end, hasParticiple, hasTe} : undefined;
}

/** After an article, preposition or number the word is a noun: 'de plannen', 'zes weken'. */
function nounContext(words: ClauseWord[], at: number): boolean {
  const previous = words[at - 1]?.token.lower;
  return previous !== undefined && (determiners.has(previous) || prepositions.has(previous) || /^\d/.test(previous));
}

function isInfinitive(lower: string): boolean {
  if (notInfinitives.has(lower) || lower.endsWith('tien')) return false;
  return shortInfinitives.has(lower) || (/[^aeiou]en$|[aeiou]{2}n$/.test(lower) && lower.length > 3 && /^\p{Ll}+$/u.test(lower));
}

/** 'de door de gemeente vastgestelde regels': article, prepositional phrase, attributive participle or adjective, noun. */
function nounClamps(words: ClauseWord[], max: number) {
  const found: {article: ClauseWord; noun: ClauseWord; between: number}[] = [];
  for (let d = 0; d + 2 < words.length; d++) {
    const article = words[d];
    if (!articles.has(article.token.lower) || !prepositions.has(words[d + 1].token.lower)) continue;
    for (let m = d + 2; m + 1 < words.length && m - d <= 15; m++) {
      const lower = words[m].token.lower;
      if (isAuxiliary(lower) || coordinators.has(lower)) break;
      // 'te achten', 'te betalen' before a noun works as an adjective too.
      const teInfinitive = words[m - 1].token.lower === 'te' && isInfinitive(lower);
      if (!isAttributiveParticiple(lower) && !/(ige|lijke|bare|ische|ende)$/.test(lower) && !teInfinitive) continue;
      // 'een van de vragen op het huidige formulier': the adjective has an article of its own.
      if (determiners.has(words[m - 1].token.lower)) break;
      const noun = words[m + 1];
      if (prepositions.has(noun.token.lower) || determiners.has(noun.token.lower) || isAuxiliary(noun.token.lower)) break;
      const between = m - d;
      if (between > max) found.push({article, noun, between});
      d = m + 1;
      break;
    }
  }
  return found;
}
