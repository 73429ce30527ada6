// Closed word classes of Dutch and a rough clause splitter. The style rules look for verb parts
// within one clause; a clause here ends at punctuation or before a conjunction or relative
// pronoun. That is cruder than a parser, and deliberately errs towards short clauses: a rule
// that looks in too short a span misses a finding, one that looks too far invents one.
import type {Token} from '../wordlists/compile.js';

const words = (list: string) => new Set(list.trim().split(/\s+/));

export const determiners = words(`
de het een deze dit die dat uw jouw je mijn ons onze zijn haar hun elk elke ieder iedere geen welk welke
enkele sommige alle beide veel weinig meer meerdere diverse verschillende vele
`);

export const prepositions = words(`
aan achter bij binnen boven buiten door in langs met na naar naast om onder op over per rond sinds
tegen tijdens tot tussen uit van vanaf vanuit via volgens voor zonder wegens vanwege dankzij namens
`);

export const wordenForms = words('word wordt worden werd werden');
export const zijnForms = words('ben bent is zijn was waren');
export const hebbenForms = words('heb hebt heeft hebben had hadden');
export const modalForms = words(`
zal zult zullen zou zouden kan kun kunt kunnen kon konden moet moeten moest moesten mag mogen mocht
mochten wil wilt willen wilde wilden wou ga gaat gaan ging gingen blijf blijft blijven bleef bleven
`);

/** Finite forms of the verbs that start a verb cluster whose other part stands at the end of the clause. */
export function isAuxiliary(lower: string): boolean {
  return wordenForms.has(lower) || zijnForms.has(lower) || hebbenForms.has(lower) || modalForms.has(lower);
}

/** Words that start a new clause: conjunctions, relative and interrogative pronouns. */
const clauseStarters = words(`
dat omdat als wanneer terwijl nadat voordat zodat doordat hoewel indien tenzij want maar en of die waar waarin
waarop waarmee waarvoor waarbij waardoor waarna waaruit waarover waaraan welke zodra sinds totdat toen
mits opdat alsof zoals noch dus om wat wie hoe waarom
`);

const clausePunctuation = /^[,;:()[\]"“”„«»–—!?.…]+$/;

export interface Clause {
  /** Index of the first token and one past the last, in the sentence's tokens. */
  from: number;
  to: number;
}

export interface ClauseOptions {
  /** Keep these conjunctions inside the clause (the negation rule reads across 'dat'). */
  keep?: Set<string>;
  /** 'en'/'of' start a new clause only before a subject or a finite auxiliary ('… en wij sturen'), not between noun phrases. */
  joinCoordinated?: boolean;
  /** Brackets and enumeration commas ('met bewoners, ondernemers en de politie') do not end the clause. */
  keepAsides?: boolean;
}

const subjectPronouns = new Set('ik je jij u hij zij ze wij we men er'.split(' '));

/** Split a sentence's tokens (words and punctuation) into clauses. */
export function splitClauses(tokens: Token[], options: ClauseOptions = {}): Clause[] {
  const clauses: Clause[] = [];
  let from = 0;
  const close = (to: number) => {
    if (to > from) clauses.push({from, to});
  };
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index];
    if (!token.isWord) {
      if (options.keepAsides && (/^[()[\]]+$/.test(token.text) || (token.text === ',' && enumerationComma(tokens, index)))) continue;
      if (clausePunctuation.test(token.text)) {
        close(index);
        from = index + 1;
      }
      continue;
    }
    const starts =
      clauseStarters.has(token.lower) ||
      (token.lower.startsWith('waar') && /^waar(?:in|op|mee|voor|bij|door|na|uit|over|aan|van|om|tegen|naar)$/.test(token.lower));
    const joined =
      options.joinCoordinated && (token.lower === 'en' || token.lower === 'of') && !startsClause(tokens[index + 1]);
    if (index > from && starts && !options.keep?.has(token.lower) && !joined) {
      close(index);
      from = index;
    }
  }
  close(tokens.length);
  return clauses;
}

function startsClause(next: Token | undefined): boolean {
  return !next || !next.isWord || subjectPronouns.has(next.lower) || isAuxiliary(next.lower);
}

/** A comma in a list: 'en' or 'of' follows within four words, with no verb or new subject on the way. */
function enumerationComma(tokens: Token[], index: number): boolean {
  for (let at = index + 1; at < tokens.length && at <= index + 5; at++) {
    const token = tokens[at];
    if (!token.isWord) return false;
    if (token.lower === 'en' || token.lower === 'of') return at > index + 1;
    if (isAuxiliary(token.lower) || subjectPronouns.has(token.lower)) return false;
  }
  return false;
}

/** A word of a clause, with its index in the sentence's tokens (gaps in the index are punctuation). */
export interface ClauseWord {
  token: Token;
  index: number;
}

/** Word tokens of a clause, in order, with their index in the sentence. */
export function clauseWords(tokens: Token[], clause: Clause): ClauseWord[] {
  const result: ClauseWord[] = [];
  for (let index = clause.from; index < clause.to; index++) {
    if (tokens[index].isWord) result.push({token: tokens[index], index});
  }
  return result;
}
