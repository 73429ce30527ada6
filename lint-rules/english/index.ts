// The English pipeline: retext-english with the unified ecosystem's English plugins, tuned for
// plain-language government writing, plus a long-sentence rule and a few additions of our own
// (bureaucratic phrases retext-simplify lacks; passives with regular participles, which
// retext-passive does not know). Findings have the same shape as the Dutch rules' findings,
// with offsets into the given text in UTF-16 code units. No Node-only imports: this runs in
// browsers and Web Workers too.
import {fillers} from 'fillers';
import {hedges} from 'hedges';
import type {Paragraph, Punctuation, Root, Sentence, SentenceContent, Text, WhiteSpace, Word} from 'nlcst';
import {search} from 'nlcst-search';
import {toString} from 'nlcst-to-string';
import retextEnglish from 'retext-english';
import retextEquality from 'retext-equality';
import retextIntensify from 'retext-intensify';
import retextPassive from 'retext-passive';
import retextReadability from 'retext-readability';
import retextSimplify from 'retext-simplify';
import {unified} from 'unified';
import {visit} from 'unist-util-visit';
import {VFile} from 'vfile';
import {weasels} from 'weasels';
import {matchCase, runWithoutStackTraces} from '../rule.js';
import {countSyllables, englishFigures, type EnglishReadability} from './readability.js';
import {englishRuleIds, englishRules, type EnglishRuleId, type EnglishSeverity} from './rules.js';
import {
  equalityIgnore,
  intensifyKeep,
  passiveAdjectives,
  passiveEedParticiples,
  passiveIgnore,
  passiveIrregular,
  simplifyExtra,
  simplifyIgnore,
} from './tuning.js';

export type {EnglishReadability} from './readability.js';
export {fleschKincaidGrade, fleschReadingEase} from './readability.js';
export type {EnglishRuleId, EnglishRuleInfo, EnglishSeverity} from './rules.js';
export {englishRuleIds, englishRules} from './rules.js';

export interface EnglishOptions {
  /** retext-readability's target age: a sentence is hard when most formulas rate it above this age. */
  targetAge?: number;
  /** A sentence with more words than this gets a long-sentence warning. */
  maxWords?: number;
  /** `false` switches a rule off; every rule is on by default. */
  rules?: Partial<Record<EnglishRuleId, boolean>>;
  /** Where the rule pages live; a finding's `url` is this plus `en-<rule-id>.md`. */
  docsBaseUrl?: string;
}

export interface EnglishMessage {
  ruleId: EnglishRuleId;
  severity: EnglishSeverity;
  /** UTF-16 offset of the first character in the given text. */
  start: number;
  /** UTF-16 offset just past the last character. */
  end: number;
  /** What is wrong, in plain English. */
  message: string;
  /** Why it matters to the reader. */
  explanation: string;
  /** The flagged text, exactly as in the given text. */
  actual: string;
  /** Replacement strings for `actual`, best first; may be empty. */
  suggestions: string[];
  url: string;
}

export interface EnglishSentence {
  start: number;
  end: number;
  /** Words with a letter or digit. */
  words: number;
}

export interface EnglishResult {
  messages: EnglishMessage[];
  readability: EnglishReadability;
  sentences: EnglishSentence[];
}

export const DEFAULT_ENGLISH_DOCS_BASE_URL = 'https://github.com/helder-nl/helder/blob/main/docs/regels/';

export const englishDefaults = {
  /**
   * Age 16: the end of compulsory school. A sentence that most formulas put above what a
   * 16-year-old reads comfortably is hard for many adults, and more so for second-language
   * readers. Lower ages flagged ordinary letter sentences in our fixtures ("You must register
   * at the municipality within five days of arrival" at age 14).
   */
  targetAge: 16,
  /** 5 of the 7 formulas must agree (retext's default is 4): one formula alone is easily fooled by a long name. */
  readabilityThreshold: 5 / 7,
  /**
   * Sentences of fewer words are not rated: one long word ("municipality") rates a short
   * sentence as hard ("The Ombudsman handles complaints about the municipality."), and short
   * sentences are rarely the problem.
   */
  readabilityMinWords: 8,
  maxWords: 20,
  /** More words than maxWords plus this gets the stronger message. */
  veryLongMargin: 10,
} as const;

const severities: Record<EnglishRuleId, EnglishSeverity> = Object.fromEntries(
  englishRules.map((rule) => [rule.id, rule.defaultSeverity]),
) as Record<EnglishRuleId, EnglishSeverity>;

const explanations: Record<EnglishRuleId, string> = Object.fromEntries(
  englishRules.map((rule) => [rule.id, rule.explanation]),
) as Record<EnglishRuleId, string>;

type VFileMessage = VFile['messages'][number];

const pluginRules: Record<string, EnglishRuleId> = {
  'retext-readability': 'readability',
  'retext-simplify': 'simplify',
  'retext-passive': 'passive',
  'retext-equality': 'equality',
  'retext-intensify': 'intensify',
};

const intensifyIgnore = [...new Set([...fillers, ...hedges, ...weasels])].filter((phrase) => !intensifyKeep.has(phrase));

/** A finding before it gets its words: where, what kind, and the plugin's replacements. */
interface Raw {
  ruleId: EnglishRuleId;
  start: number;
  end: number;
  expected: string[];
  /** simplify: the phrase can simply go. */
  omit?: boolean;
  /** intensify: weasel, filler or hedge. equality: the condition. readability: formulas that agree. */
  detail?: string;
  /** equality: the plugin's note on the word. */
  note?: string;
}

type Processor = ReturnType<typeof buildProcessor>;
const processors = new Map<string, Processor>();

function buildProcessor(age: number, enabled: ReadonlySet<EnglishRuleId>) {
  const processor = unified().use(retextEnglish);
  if (enabled.has('readability')) {
    processor.use(retextReadability, {
      age,
      threshold: englishDefaults.readabilityThreshold,
      minWords: englishDefaults.readabilityMinWords,
    });
  }
  if (enabled.has('simplify')) processor.use(retextSimplify, {ignore: simplifyIgnore});
  if (enabled.has('passive')) processor.use(retextPassive, {ignore: passiveIgnore});
  // binary: "he or she" and "chairman or chairwoman" are fine together.
  if (enabled.has('equality')) processor.use(retextEquality, {ignore: equalityIgnore, binary: true});
  if (enabled.has('intensify')) processor.use(retextIntensify, {ignore: intensifyIgnore});
  return processor.freeze();
}

function processorFor(age: number, enabled: ReadonlySet<EnglishRuleId>): Processor {
  const key = `${age}|${[...enabled].sort().join(',')}`;
  let processor = processors.get(key);
  if (!processor) {
    // A handful of settings are in use at a time; start over rather than grow without end.
    if (processors.size >= 16) processors.clear();
    processor = buildProcessor(age, enabled);
    processors.set(key, processor);
  }
  return processor;
}

/** Check English text; `text` is plain text (the engine strips Markdown before). */
export function checkEnglish(text: string, options: EnglishOptions = {}): EnglishResult {
  const targetAge = options.targetAge ?? englishDefaults.targetAge;
  const maxWords = options.maxWords ?? englishDefaults.maxWords;
  const docsBaseUrl = options.docsBaseUrl ?? DEFAULT_ENGLISH_DOCS_BASE_URL;
  const enabled = new Set(englishRuleIds.filter((id) => options.rules?.[id] !== false));

  const processor = processorFor(targetAge, enabled);
  const file = new VFile(text);
  const tree = processor.parse(file) as Root;
  splitAfterWordsTakenForAbbreviations(tree);
  runWithoutStackTraces(processor, tree, file);

  const raws: Raw[] = [];
  for (const message of file.messages) {
    const raw = fromPlugin(message, text);
    if (raw) raws.push(raw);
  }
  if (enabled.has('simplify')) raws.push(...extraSimplify(tree));
  if (enabled.has('passive')) raws.push(...extraPassive(tree));

  const counted = countSentences(tree);
  if (enabled.has('long-sentence')) {
    for (const sentence of counted) {
      if (sentence.words > maxWords) {
        raws.push({ruleId: 'long-sentence', start: sentence.start, end: sentence.end, expected: [], detail: String(sentence.words)});
      }
    }
  }

  const messages = dedupe(raws).map((raw) => toMessage(raw, text, {targetAge, maxWords, docsBaseUrl}));
  return {
    messages,
    readability: englishFigures(counted),
    sentences: counted.map(({start, end, words}) => ({start, end, words})),
  };
}

/**
 * parse-english reads "in." as the abbreviation of "inch" (and "sun.", "sat." as days), so
 * "Fill in the form and hand it in. We will reply soon." becomes one sentence. Where such a
 * word ends with a full stop and the next word starts with a capital, split the sentence again.
 */
const sentenceFinalWords = new Set(['in', 'sun', 'sat']);

function splitAfterWordsTakenForAbbreviations(tree: Root): void {
  visit(tree, 'ParagraphNode', (paragraph) => {
    const children: Paragraph['children'] = [];
    for (const child of paragraph.children) {
      if (child.type !== 'SentenceNode') {
        children.push(child);
        continue;
      }
      let sentence: Sentence = child;
      let index = nextSplit(sentence);
      while (index >= 0) {
        const word = sentence.children[index] as Word;
        const [text, stop] = word.children as [Text, Punctuation];
        const head: Sentence = {
          type: 'SentenceNode',
          children: [...sentence.children.slice(0, index), {...word, children: [text], position: text.position}, stop],
          position: {start: sentence.position!.start, end: stop.position!.end},
        };
        let rest = index + 1;
        while (sentence.children[rest]?.type === 'WhiteSpaceNode') rest++;
        const spaces = sentence.children.slice(index + 1, rest) as WhiteSpace[];
        const tail: Sentence = {
          type: 'SentenceNode',
          children: sentence.children.slice(rest),
          position: {start: sentence.children[rest].position!.start, end: sentence.position!.end},
        };
        children.push(head, ...spaces);
        sentence = tail;
        index = nextSplit(sentence);
      }
      children.push(sentence);
    }
    paragraph.children = children;
  });
}

function nextSplit(sentence: Sentence): number {
  const nodes = sentence.children;
  for (let index = 0; index < nodes.length; index++) {
    const node = nodes[index];
    if (node.type !== 'WordNode' || node.children.length !== 2) continue;
    const [text, stop] = node.children;
    if (text.type !== 'TextNode' || stop.type !== 'PunctuationNode' || stop.value !== '.') continue;
    if (!sentenceFinalWords.has(text.value)) continue;
    let next = index + 1;
    if (nodes[next]?.type !== 'WhiteSpaceNode') continue;
    while (nodes[next]?.type === 'WhiteSpaceNode') next++;
    const following = nodes[next];
    if (following?.type === 'WordNode' && /^\p{Lu}/u.test(toString(following)) && text.position && stop.position) return index;
  }
  return -1;
}

function offsets(message: VFileMessage): {start: number; end: number} | undefined {
  const place = message.place;
  if (!place || !('start' in place)) return undefined;
  const start = place.start.offset;
  const end = place.end.offset;
  if (start === undefined || end === undefined) return undefined;
  return {start, end};
}

function fromPlugin(message: VFileMessage, text: string): Raw | undefined {
  const ruleId = pluginRules[message.source ?? ''];
  const place = offsets(message);
  if (!ruleId || !place) return undefined;
  let {start} = place;
  const {end} = place;
  const expected = (message.expected ?? []).filter((value) => value && !value.includes('…'));
  switch (ruleId) {
    case 'readability': {
      const agree = /according to (\d+) out of (\d+)/.exec(message.reason);
      return {ruleId, start, end, expected: [], detail: agree ? `${agree[1]} of ${agree[2]}` : 'all 7'};
    }
    case 'simplify': {
      // retext-simplify writes "remove" among the replacements where leaving the word out is the advice.
      const omit = message.reason.includes('remove it') || expected.includes('remove');
      return {ruleId, start, end, expected: expected.filter((value) => value !== 'remove'), omit};
    }
    case 'passive': {
      // retext-passive marks the participle only ("sent"); show the verb with it ("was sent").
      const before = /(\p{L}+)\s+$/u.exec(text.slice(Math.max(0, start - 20), start));
      if (before) start -= before[0].length;
      return {ruleId, start, end, expected: []};
    }
    case 'equality': {
      const condition = /`, (when [^,]+),/.exec(message.reason)?.[1];
      return {ruleId, start, end, expected, detail: condition, note: message.note ?? undefined};
    }
    case 'intensify': {
      const actual = text.slice(start, end).toLowerCase();
      // "rather than" and "would rather" are not vague.
      if (actual === 'rather') {
        if (/^\s+than\b/iu.test(text.slice(end, end + 10))) return undefined;
        if (/(?:\bwould|['’]d)\s+$/iu.test(text.slice(Math.max(0, start - 12), start))) return undefined;
      }
      return {ruleId, start, end, expected: [], detail: message.ruleId ?? 'filler'};
    }
  }
  return undefined;
}

const extraPhrases = simplifyExtra.map((pattern) => pattern.phrase);
const extraByPhrase = new Map(simplifyExtra.map((pattern) => [pattern.phrase, pattern]));

function extraSimplify(tree: Root): Raw[] {
  const raws: Raw[] = [];
  search(tree, extraPhrases, (nodes, _index, _parent, phrase) => {
    const pattern = extraByPhrase.get(phrase)!;
    const start = nodes[0].position?.start.offset;
    const end = nodes[nodes.length - 1].position?.end.offset;
    if (start === undefined || end === undefined) return;
    raws.push({ruleId: 'simplify', start, end, expected: [...pattern.replace], omit: pattern.omit});
  });
  return raws;
}

const beForms = new Set(['am', 'is', 'are', 'was', 'were', 'be', 'been', 'being', "isn't", "aren't", "wasn't", "weren't"]);
const adverbs = new Set(['not', 'also', 'always', 'often', 'never', 'then', 'now', 'only', 'still', 'already', 'soon', 'sometimes', 'usually']);

function wordValue(node: Word): string {
  return toString(node).toLowerCase().replace(/’/gu, "'");
}

function isBeForm(value: string): boolean {
  return beForms.has(value) || /^\p{L}+'re$/u.test(value);
}

function isRegularParticiple(value: string): boolean {
  if (passiveEedParticiples.has(value)) return true;
  if (value.length < 5 || !/^\p{L}+[^e\P{L}]ed$/u.test(value)) return false;
  // "unemployed", "unmarried", "unaccompanied": adjectives.
  return !passiveAdjectives.has(value) && !value.startsWith('un');
}

/**
 * Passives that retext-passive misses: its list has irregular participles only ("sent", "made"),
 * so "are required", "was rejected" and "will be processed" pass. Here: a form of "be", at
 * most one adverb ("is not required", "will be automatically renewed"), then a participle in
 * -ed that is not mostly an adjective ("entitled", "closed", "based": see tuning.ts).
 */
function extraPassive(tree: Root): Raw[] {
  const raws: Raw[] = [];
  visit(tree, 'SentenceNode', (sentence: Sentence) => {
    // Words in order; anything but white space between two words breaks the chain.
    const tokens: (Word | undefined)[] = [];
    for (const child of sentence.children as SentenceContent[]) {
      if (child.type === 'WhiteSpaceNode') continue;
      tokens.push(child.type === 'WordNode' ? child : undefined);
    }
    for (let index = 0; index < tokens.length; index++) {
      const verb = tokens[index];
      if (!verb || !isBeForm(wordValue(verb))) continue;
      let next = index + 1;
      const first = tokens[next];
      if (!first) continue;
      const firstValue = wordValue(first);
      let participle: Word | undefined;
      if (isRegularParticiple(firstValue)) {
        participle = first;
      } else if (adverbs.has(firstValue) || /^\p{L}{3,}ly$/u.test(firstValue)) {
        next++;
        const second = tokens[next];
        if (second) {
          const value = wordValue(second);
          if (isRegularParticiple(value) || passiveIrregular.has(value)) participle = second;
        }
      }
      if (!participle) continue;
      const start = verb.position?.start.offset;
      const end = participle.position?.end.offset;
      if (start !== undefined && end !== undefined) raws.push({ruleId: 'passive', start, end, expected: []});
    }
  });
  return raws;
}

interface CountedSentence {
  start: number;
  end: number;
  words: number;
  syllables: number;
}

function countSentences(tree: Root): CountedSentence[] {
  const sentences: CountedSentence[] = [];
  visit(tree, 'SentenceNode', (sentence: Sentence) => {
    let words = 0;
    let syllables = 0;
    for (const child of sentence.children) {
      if (child.type !== 'WordNode') continue;
      const value = toString(child);
      if (!/[\p{L}\p{N}]/u.test(value)) continue;
      words++;
      syllables += countSyllables(value);
    }
    const start = sentence.position?.start.offset;
    const end = sentence.position?.end.offset;
    if (words > 0 && start !== undefined && end !== undefined) sentences.push({start, end, words, syllables});
  });
  return sentences;
}

const ruleOrder = new Map(englishRuleIds.map((id, index) => [id, index]));

/** In text order; where two findings of one rule overlap, the longer one stays; no passive inside a simplify finding. */
function dedupe(raws: Raw[]): Raw[] {
  const sorted = [...raws].sort(
    (a, b) => a.start - b.start || b.end - a.end || ruleOrder.get(a.ruleId)! - ruleOrder.get(b.ruleId)!,
  );
  const kept: Raw[] = [];
  for (const raw of sorted) {
    const overlapping = kept.find((other) => other.ruleId === raw.ruleId && other.start < raw.end && raw.start < other.end);
    if (!overlapping) {
      kept.push(raw);
    } else if (raw.end - raw.start > overlapping.end - overlapping.start) {
      kept[kept.indexOf(overlapping)] = raw;
    }
  }
  // "Please be advised", "it should be noted that": the simplify finding already says to
  // leave the phrase out, so a passive finding inside it only repeats the point.
  const simplify = kept.filter((raw) => raw.ruleId === 'simplify');
  return kept.filter(
    (raw) => raw.ruleId !== 'passive' || !simplify.some((other) => other.start <= raw.start && raw.end <= other.end),
  );
}

// Suggestions take the case of the text they replace (Prior to → Before), as the Dutch rules' do.
export {matchCase};

const quote = (value: string) => `“${value}”`;

/** “a”, “b” or “c” */
function alternatives(values: string[]): string {
  const quoted = values.map(quote);
  return quoted.length > 1 ? `${quoted.slice(0, -1).join(', ')} or ${quoted[quoted.length - 1]}` : quoted[0];
}

function toMessage(raw: Raw, text: string, settings: {targetAge: number; maxWords: number; docsBaseUrl: string}): EnglishMessage {
  const actual = text.slice(raw.start, raw.end);
  const suggestions = [...new Set(raw.expected.map((value) => matchCase(actual, value)))];
  let message: string;
  let explanation = explanations[raw.ruleId];
  switch (raw.ruleId) {
    case 'readability':
      message = `This sentence is hard to read: ${raw.detail} readability formulas rate it above reading age ${settings.targetAge}. Use shorter sentences and more common words.`;
      break;
    case 'long-sentence': {
      const count = Number(raw.detail);
      message =
        count > settings.maxWords + englishDefaults.veryLongMargin
          ? `This sentence is very long: ${count} words. Split it into two or three sentences of at most ${settings.maxWords} words.`
          : `This sentence has ${count} words. Split it or keep it under ${settings.maxWords + 1} words.`;
      break;
    }
    case 'simplify':
      if (raw.omit) {
        message = suggestions.length
          ? `Leave out ${quote(actual)}, or use ${alternatives(suggestions)}.`
          : `Leave out ${quote(actual)}: it adds nothing.`;
      } else {
        message = `Say it more simply: use ${alternatives(suggestions)} instead of ${quote(actual)}.`;
      }
      break;
    case 'passive':
      message = `Passive voice: ${quote(actual)}. Say who does what: “we …” or “you …”.`;
      break;
    case 'equality':
      message =
        `${quote(actual)} may exclude or offend some readers${raw.detail ? ` (${raw.detail})` : ''}.` +
        (suggestions.length ? ` Consider ${alternatives(suggestions)}.` : ' Use a neutral word.');
      if (raw.note) explanation += ` ${raw.note.replace(/`([^`]*)`/gu, '“$1”').replace(/\s*\(source: [^)]*\)\s*$/u, '')}`;
      break;
    case 'intensify':
      message =
        raw.detail === 'hedge'
          ? `${quote(actual)} makes the text sound unsure. Say what you know, or leave it out.`
          : raw.detail === 'weasel'
            ? `${quote(actual)} is vague. Leave it out or say exactly what you mean.`
            : `${quote(actual)} adds nothing. Leave it out.`;
      break;
  }
  return {
    ruleId: raw.ruleId,
    severity: severities[raw.ruleId],
    start: raw.start,
    end: raw.end,
    message,
    explanation,
    actual,
    suggestions,
    url: `${settings.docsBaseUrl}en-${raw.ruleId}.md`,
  };
}
