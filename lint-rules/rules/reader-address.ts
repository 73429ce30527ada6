import {analyze, isProse, type SentenceInfo} from '../analysis.js';
import {isAuxiliary} from '../dutch/clauses.js';
import {matchCase, report, type RuleDefinition} from '../rule.js';
import type {Token} from '../wordlists/compile.js';

export interface ReaderAddressOptions {
  /** Flag a text that mixes u and je (the less used form is flagged). */
  checkMixing: boolean;
  /** Words from the list (for example 'belanghebbende') to leave alone. */
  ignore: string[];
}

interface Indirect {
  /** Lower-case words, with '/' as its own token. */
  words: string[];
  /** Also used for a third person ('als hij/zij gaat stemmen'): the message names both ways out and offers no fix. */
  thirdPerson?: boolean;
  /** Only as the subject ('Belanghebbenden mogen …', 'kan de aanvrager …'): as an object it is often a third party. */
  subjectOnly?: boolean;
  suggestion: string;
  /** Why the word talks about the reader, for the message; third-person items have a message of their own. */
  what?: string;
}

/** Ways of writing about the reader instead of to the reader. */
const indirect: Indirect[] = [
  {words: ['men'], suggestion: 'u', what: '‘men’ zegt niet wie er bedoeld wordt'},
  {words: ['de', 'aanvrager'], subjectOnly: true, suggestion: 'u', what: 'de lezer is de aanvrager'},
  {words: ['de', 'aanvragers'], subjectOnly: true, suggestion: 'u', what: 'de lezer is de aanvrager'},
  {words: ['belanghebbende'], subjectOnly: true, suggestion: 'u', what: '‘belanghebbende’ is een juridisch woord voor de lezer'},
  {words: ['belanghebbenden'], subjectOnly: true, suggestion: 'u', what: '‘belanghebbenden’ is een juridisch woord voor de lezers'},
  {words: ['betrokkene'], subjectOnly: true, suggestion: 'u', what: '‘betrokkene’ is een juridisch woord voor de lezer'},
  {words: ['betrokkenen'], subjectOnly: true, suggestion: 'u', what: '‘betrokkenen’ is een juridisch woord voor de lezers'},
  {words: ['hij', '/', 'zij'], thirdPerson: true, suggestion: 'u'},
  {words: ['zij', '/', 'hij'], thirdPerson: true, suggestion: 'u'},
  {words: ['hij', 'of', 'zij'], thirdPerson: true, suggestion: 'u'},
  {words: ['zijn', 'of', 'haar'], thirdPerson: true, suggestion: 'uw'},
  {words: ['zijn', '/', 'haar'], thirdPerson: true, suggestion: 'uw'},
  {words: ['haar', '/', 'zijn'], thirdPerson: true, suggestion: 'uw'},
  {words: ['hem', 'of', 'haar'], thirdPerson: true, suggestion: 'u'},
  {words: ['hem', '/', 'haar'], thirdPerson: true, suggestion: 'u'},
];

const formal = new Set(['u', 'uw']);
const informal = new Set(['je', 'jij', 'jou', 'jouw']);

export const readerAddress: RuleDefinition<ReaderAddressOptions> = {
  id: 'reader-address',
  title: 'Spreek de lezer aan',
  description:
    'De lezer wordt niet direct aangesproken (‘men’, ‘de aanvrager’, ‘belanghebbende’, ‘hij/zij’), of de tekst wisselt tussen ‘u’ en ‘je’.',
  defaultSeverity: 'warning',
  scope: 'document',
  defaults: {checkMixing: true, ignore: []},
  examples: [
    {
      bad: 'Men kan het formulier ophalen bij de balie.',
      good: 'U kunt het formulier ophalen bij de balie.',
    },
    {
      bad: 'De aanvrager ontvangt binnen vier weken een brief.',
      good: 'U krijgt binnen vier weken een brief.',
    },
  ],
  plugin(options) {
    const ignore = new Set(options.ignore.map((word) => word.toLowerCase()));
    return (tree, file) => {
      const doc = String(file);
      const sentences = analyze(tree).sentences.filter((sentence) => isProse(sentence.kind));
      for (const sentence of sentences) findIndirect(sentence, ignore, (first, last, item) => {
        const actual = doc.slice(first.start, last.end);
        report(file, doc, {
          ruleId: 'reader-address',
          start: first.start,
          end: last.end,
          actual,
          message: item.thirdPerson
            ? `‘${actual}’ leest moeizaam. Gaat het om de lezer? Schrijf dan ‘${item.suggestion}’. Gaat het om iemand anders? Noem die persoon (‘de bewoner’) of schrijf in het meervoud (‘zij’, ‘hun’).`
            : `Spreek de lezer direct aan: schrijf ‘${item.suggestion}’ in plaats van ‘${actual}’ (${item.what}).`,
          explanation:
            'Een lezer die met ‘u’ wordt aangesproken, weet meteen dat het over hem of haar gaat. Woorden als ‘men’ of ‘de aanvrager’ maken de tekst afstandelijk: de lezer moet zelf uitzoeken wie er bedoeld wordt. Direct Duidelijk: schrijf tegen de lezer, met ‘u’ (of consequent ‘je’).',
          expected: item.thirdPerson ? [] : [matchCase(actual, item.suggestion)],
          url: options.url,
        });
      });
      if (options.checkMixing) reportMixing(sentences, file, doc, options.url);
    };
  },
};

/** The items by their first word, so most tokens cost one map lookup. */
const byFirstWord = new Map<string, Indirect[]>();
for (const item of indirect) byFirstWord.set(item.words[0], [...(byFirstWord.get(item.words[0]) ?? []), item]);
/** How a user writes the item in `ignore`: 'hij/zij', 'zijn of haar'. */
const ignoreName = new Map(indirect.map((item) => [item, item.words.join(' ').replace(/ \/ /g, '/')]));

function findIndirect(sentence: SentenceInfo, ignore: Set<string>, found: (first: Token, last: Token, item: Indirect) => void) {
  const {tokens} = sentence;
  for (let at = 0; at < tokens.length; at++) {
    const candidates = byFirstWord.get(tokens[at].lower);
    if (!candidates) continue;
    for (const item of candidates) {
      if (ignore.has(ignoreName.get(item)!) || (item.words[0] === 'de' && ignore.has(item.words[1]))) continue;
      if (!item.words.every((word, offset) => tokens[at + offset]?.lower === word)) continue;
      if (item.subjectOnly && !subjectPosition(tokens, at)) continue;
      if (quoted(tokens, at)) continue;
      found(tokens[at], tokens[at + item.words.length - 1], item);
      at += item.words.length - 1;
      break;
    }
  }
}

// Before a subject: the start of the sentence, a finite auxiliary (inverted order) or a subordinator.
const beforeSubject = new Set(['dat', 'als', 'indien', 'wanneer', 'omdat', 'zodat', 'nadat', 'voordat', 'tenzij', 'mits', 'zodra']);

function subjectPosition(tokens: Token[], at: number): boolean {
  let before = at - 1;
  if (tokens[before]?.lower === 'een' || tokens[before]?.lower === 'de') before--;
  const word = tokens[before];
  // 'als' is also 'as' ('de buren als belanghebbenden'): it means 'if' at the start of a clause.
  if (word?.lower === 'als') {
    const previous = tokens[before - 1];
    return !previous || !previous.isWord || /^(en|maar|of|want|dus)$/.test(previous.lower);
  }
  return !word || !word.isWord || isAuxiliary(word.lower) || beforeSubject.has(word.lower);
}

/** Between quotation marks: a title or someone else's words, not the writer's address to the reader. */
function quoted(tokens: Token[], at: number): boolean {
  let open = false;
  for (let index = 0; index < at; index++) if (!tokens[index].isWord) open = quoteState(tokens[index].text, open);
  return open;
}

function quoteState(text: string, open: boolean): boolean {
  if (/[‘“„«]/.test(text)) open = true;
  if (/[’”»]/.test(text)) open = false;
  if (text.includes('"')) open = !open;
  return open;
}

/** A text in 'u' with a few 'je' (or the other way round): flag the form used least. */
function reportMixing(sentences: SentenceInfo[], file: Parameters<typeof report>[0], doc: string, url: string) {
  const uses = {formal: [] as Token[], informal: [] as Token[]};
  for (const sentence of sentences) {
    let open = false;
    for (const token of sentence.tokens) {
      if (!token.isWord) {
        open = quoteState(token.text, open);
        continue;
      }
      if (open) continue;
      if (formal.has(token.lower)) uses.formal.push(token);
      else if (informal.has(token.lower)) uses.informal.push(token);
    }
  }
  if (!uses.formal.length || !uses.informal.length) return;
  const useFormal = uses.formal.length >= uses.informal.length;
  const minority = useFormal ? uses.informal : uses.formal;
  for (const token of minority) {
    const suggestion = useFormal ? ({je: 'u', jij: 'u', jou: 'u', jouw: 'uw'} as Record<string, string>)[token.lower] : 'je';
    report(file, doc, {
      ruleId: 'reader-address',
      start: token.start,
      end: token.end,
      message: useFormal
        ? `De tekst spreekt de lezer aan met ‘u’, maar hier staat ‘${token.text}’. Kies één vorm en houd die vast.`
        : `De tekst spreekt de lezer aan met ‘je’, maar hier staat ‘${token.text}’. Kies één vorm en houd die vast.`,
      explanation:
        'Wisselen tussen ‘u’ en ‘je’ verwart de lezer: gaat het nog over dezelfde persoon? Direct Duidelijk: kies ‘u’ of ‘je’ en gebruik die vorm in de hele tekst.',
      expected: [matchCase(token.text, suggestion)],
      url,
    });
  }
}
