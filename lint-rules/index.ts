// The Helder engine: createChecker(options).check(text, {format}) gives findings and readability.
// No Node-only imports here: the same code runs in Node, a Web Worker and a browser page.
import type {Root} from 'nlcst';
import {unified} from 'unified';
import {VFile} from 'vfile';
import {analyze} from './analysis.js';
import {type BlockLanguages, blockLanguages, type LanguageMemo} from './block-languages.js';
import {type Block, markdownBlocksCached} from './blocks.js';
import {checkEnglish, type EnglishResult} from './english/index.js';
import {figuresFromTotals} from './english/readability.js';
import {englishRules} from './english/rules.js';
import builtIn from './generated/wordlists.json' with {type: 'json'};
import {readInlineControl} from './inline-control.js';
import {type BlockCache, blocksOf, buildParagraphs, type Format, PositionIndex} from './parse.js';
import {readabilityReport} from './readability.js';
import {runWithoutStackTraces, SOURCE, type RuleDefinition} from './rule.js';
import {allRules} from './rules/index.js';
import type {SpellingSupport} from './spelling/types.js';
import type {CheckCache, CheckOptions, Finding, LanguagePart, LanguageSetting, Report, RuleSetting, Severity} from './types.js';
import {compileWordlists} from './wordlists/compile.js';
import type {Wordlist, WordlistData} from './wordlists/types.js';

export type * from './types.js';
export type {Wordlist, WordlistEntry} from './wordlists/types.js';
export type {DictionaryLoader, Speller, SpellingSupport} from './spelling/types.js';
export {countSyllables} from './dutch/syllables.js';
export {fleschDouma, brouwer, estimateLevel, levelBands} from './readability.js';
export {allRules};
export {spellingSuggestions} from './rules/spelling.js';
export {createSpeller, fetchDictionaryLoader, loadSpelling} from './spelling/speller.js';
export {detectLanguage} from './language.js';
export {languageAt} from './language-parts.js';
export {englishRules};

/** Where the rule pages live; `url` of a finding is this plus `<rule-id>.md`. */
export const DEFAULT_DOCS_BASE_URL = 'https://github.com/helder-nl/helder/blob/main/docs/regels/';

export interface CheckerOptions {
  /** Per rule id: `false`/`'off'` switches it off, a severity sets the severity, an object also sets options. */
  rules?: Record<string, RuleSetting>;
  /** Extra word lists (an organisation's own), in the format of `wordlists/schema.json`. */
  wordlists?: Wordlist[];
  docsBaseUrl?: string;
  /** Loaded dictionaries for the `spelling` rule; without them that rule finds nothing. */
  spelling?: SpellingSupport;
  /** `auto` (default) checks each paragraph with the rules of its language, Dutch or English. */
  language?: LanguageSetting;
}

export interface RuleInfo {
  id: string;
  title: string;
  description: string;
  severity: Severity;
  enabled: boolean;
  options: Record<string, unknown>;
  url: string;
  examples: {bad: string; good: string}[];
}

export interface Checker {
  check(text: string, options?: CheckOptions): Report;
  /** A cache for incremental checks of one document (`check(text, {cache})`). */
  createCache(): CheckCache;
  rules: RuleInfo[];
  /** Number of word-list entries in use (ours and the organisation's). */
  wordlistEntries: number;
}

const severities = new Set(['error', 'warning', 'info']);

export function resolveSetting(rule: RuleDefinition<any>, setting: RuleSetting | undefined) {
  let enabled = true;
  let severity: Severity = rule.defaultSeverity;
  const options: Record<string, unknown> = {...rule.defaults};
  if (setting === false || setting === 'off') enabled = false;
  else if (typeof setting === 'string') {
    if (!severities.has(setting)) throw new Error(`Regel '${rule.id}': onbekende instelling '${setting}'.`);
    severity = setting as Severity;
  } else if (typeof setting === 'object' && setting !== null) {
    for (const [key, value] of Object.entries(setting)) {
      if (key === 'enabled') enabled = value !== false;
      else if (key === 'severity') {
        if (!severities.has(String(value))) throw new Error(`Regel '${rule.id}': onbekende ernst '${String(value)}'.`);
        severity = value as Severity;
      } else if (!(key in rule.defaults) || key === 'wordlists') {
        throw new Error(`Regel '${rule.id}' kent de instelling '${key}' niet.`);
      } else if (typeof value !== typeof rule.defaults[key] || Array.isArray(value) !== Array.isArray(rule.defaults[key])) {
        throw new Error(`Regel '${rule.id}': '${key}' moet een ${Array.isArray(rule.defaults[key]) ? 'lijst' : typeof rule.defaults[key]} zijn.`);
      } else options[key] = value;
    }
  }
  return {enabled, severity, options};
}

export function createChecker(options: CheckerOptions = {}): Checker {
  const base = builtIn as WordlistData;
  const wordlists = compileWordlists({
    wordlists: [...base.wordlists, ...(options.wordlists ?? [])],
    conjugations: base.conjugations,
  });
  const docsBaseUrl = options.docsBaseUrl ?? DEFAULT_DOCS_BASE_URL;
  for (const id of Object.keys(options.rules ?? {})) {
    if (!allRules.some((rule) => rule.id === id)) throw new Error(`Onbekende regel '${id}'.`);
  }
  const severityOf = new Map<string, Severity>();
  const rules: RuleInfo[] = allRules.map((rule) => {
    const {enabled, severity, options: ruleOptions} = resolveSetting(rule, options.rules?.[rule.id]);
    severityOf.set(rule.id, severity);
    return {
      id: rule.id,
      title: rule.title,
      description: rule.description,
      severity,
      enabled,
      options: ruleOptions,
      url: `${docsBaseUrl}${rule.id}.md`,
      examples: rule.examples,
    };
  });

  // Two pipelines: rules that see one paragraph at a time, and rules that need the whole text.
  // A full check runs both on the whole tree; an incremental check runs the first on changed paragraphs only.
  const paragraphRules = unified();
  const documentRules = unified();
  allRules.forEach((rule, index) => {
    const info = rules[index];
    const processor = rule.scope === 'document' ? documentRules : paragraphRules;
    if (info.enabled && !rule.language) processor.use(rule.plugin, {...info.options, url: info.url, wordlists, spelling: options.spelling});
  });
  paragraphRules.freeze();
  documentRules.freeze();

  const run = (processor: typeof paragraphRules, tree: Root, text: string, format: Format): Message[] => {
    const file = new VFile({value: text, data: {format}});
    runWithoutStackTraces(processor, tree, file);
    const messages: Message[] = [];
    for (const message of file.messages) {
      if (message.source !== SOURCE || !message.place || !('start' in message.place)) continue;
      const place = message.place as {start: {offset: number}; end: {offset: number}};
      messages.push({
        ruleId: message.ruleId!,
        // vfile's info mark (fatal undefined) lowers one message to info; otherwise the rule's severity.
        severity: message.fatal == null ? 'info' : severityOf.get(message.ruleId!)!,
        message: message.reason,
        explanation: message.note ?? '',
        actual: message.actual ?? '',
        suggestions: message.expected ?? [],
        start: place.start.offset,
        end: place.end.offset,
        url: message.url ?? '',
      });
    }
    return messages;
  };

  // English blocks, with the settings of the rules they share with Dutch (long-sentence,
  // passive, readability) and of the English-only ones.
  const infoOf = (id: string) => rules.find((rule) => rule.id === id)!;
  const englishOptions = {
    targetAge: Number(infoOf('readability').options.targetAge),
    maxWords: Number(infoOf('long-sentence').options.maxWords),
    rules: Object.fromEntries(englishRules.map((rule) => [rule.id, infoOf(rule.id).enabled])),
    docsBaseUrl,
  };
  const englishOnly = new Set(allRules.filter((rule) => rule.language === 'en').map((rule) => rule.id));
  function englishOf(block: Block, cache: IncrementalCache | undefined): {messages: Message[]; result: EnglishResult} {
    const kept = cache?.english?.get(block.text);
    if (kept) return kept;
    const result = checkEnglish(block.text, englishOptions);
    const messages = result.messages.map(
      (message): Message => ({
        ...message,
        severity: severityOf.get(message.ruleId) ?? message.severity,
        url: englishOnly.has(message.ruleId) ? `${docsBaseUrl}${message.ruleId}.md` : message.url,
      }),
    );
    const checked = {messages, result};
    if (cache) {
      // Kept by text, like the Dutch blocks; a fresh map once it holds far more than the document has.
      if (!cache.english || cache.english.size > 256) cache.english = new Map();
      cache.english.set(block.text, checked);
    }
    return checked;
  }

  // Without a cache from the host, the checker remembers the languages of the paragraphs it saw
  // last (bounded): checking a document again, or its next version, detects only what is new.
  let seenLanguages: LanguageMemo = new Map();
  const checkerLanguages = () => (seenLanguages.size > 8192 ? (seenLanguages = new Map()) : seenLanguages);

  return {
    rules,
    wordlistEntries: wordlists.entryCount,
    createCache(): CheckCache {
      return {kind: 'helder-check-cache'} as IncrementalCache;
    },
    check(text: string, checkOptions: CheckOptions = {}): Report {
      const positions = new PositionIndex(text);
      const format = checkOptions.format ?? 'plain';
      const cache = checkOptions.cache as IncrementalCache | undefined;
      let blocks: Block[];
      if (cache && format === 'markdown') {
        // Markdown is parsed again only where it changed, too.
        const parts = markdownBlocksCached(text, cache.markdown ?? new Map());
        cache.markdown = parts.cache;
        blocks = parts.blocks;
      } else {
        blocks = blocksOf(text, format);
      }
      // Each block is checked with the rules of its language: the Dutch rules see only Dutch blocks.
      const languages = blockLanguages(blocks, checkOptions.language ?? options.language ?? 'auto', cache ? languageMemo(cache, blocks.length) : checkerLanguages());
      const english = languages.blocks.includes('en') ? blocks.filter((_, index) => languages.blocks[index] === 'en') : [];
      const dutch = english.length ? blocks.filter((_, index) => languages.blocks[index] === 'nl') : blocks;
      const built = buildParagraphs(text, format, positions, cache?.blocks, dutch);
      let messages: Message[];
      if (!cache) {
        messages = [...run(paragraphRules, built.tree, text, format), ...run(documentRules, built.tree, text, format)];
      } else {
        // Findings of a paragraph rule lie inside their paragraph: kept with the block, relative to its start.
        const fresh: Root = {type: 'RootNode', children: built.fresh.map((block) => block.paragraph)};
        const found = run(paragraphRules, fresh, text, format).sort((a, b) => a.start - b.start);
        let next = 0;
        for (const block of built.fresh) {
          const end = block.paragraph.position!.end.offset!;
          const own: Message[] = [];
          while (next < found.length && found[next].start <= end) {
            const message = found[next++];
            own.push({...message, start: message.start - block.start, end: message.end - block.start});
          }
          block.extra = own;
        }
        messages = [];
        for (const block of built.blocks) {
          for (const message of block.extra as Message[]) messages.push({...message, start: message.start + block.start, end: message.end + block.start});
        }
        messages.push(...run(documentRules, built.tree, text, format));
        cache.blocks = built.cache;
      }
      const englishResults = english.map((block) => englishOf(block, cache));
      english.forEach((block, index) => {
        for (const message of englishResults[index].messages) messages.push({...message, start: message.start + block.start, end: message.end + block.start});
      });
      // `<!-- helder-disable … -->` comments switch rules off for part of the text.
      const control = text.includes('helder-') ? readInlineControl(text) : undefined;
      const findings: Finding[] = messages
        .filter((message) => !control?.disabled(message.ruleId, message.start))
        .map((message) => ({...message, start: positions.toPoint(message.start), end: positions.toPoint(message.end)}))
        .sort((a, b) => a.start.offset - b.start.offset || a.end.offset - b.end.offset || a.ruleId.localeCompare(b.ruleId));
      const readability = readabilityReport(analyze(built.tree), positions, {bySentence: checkOptions.bySentence});
      if (englishResults.length) {
        readability.english = englishTotals(englishResults);
        if (readability.bySentence) {
          english.forEach((block, index) => {
            for (const sentence of englishResults[index].result.sentences) {
              if (sentence.words === 0) continue;
              const start = positions.toPoint(block.start + sentence.start);
              const end = positions.toPoint(block.start + sentence.end);
              readability.bySentence!.push({start, end, words: sentence.words, syllables: 0, fleschDouma: Number.NaN, paragraph: -1, language: 'en'});
            }
          });
          readability.bySentence.sort((a, b) => a.start.offset - b.start.offset);
        }
      }
      return {language: languages.document, otherLanguage: otherLanguageParts(blocks, languages, positions), findings, readability};
    },
  };
}

/** A finding before it has line and column: offsets only, so it can move with its paragraph. */
type Message = Omit<Finding, 'start' | 'end'> & {start: number; end: number};

interface IncrementalCache extends CheckCache {
  blocks?: BlockCache;
  markdown?: Map<string, Block[]>;
  languages?: LanguageMemo;
  english?: Map<string, {messages: Message[]; result: EnglishResult}>;
}

/** The cache's memo of detected languages, started afresh when it holds far more than the document's blocks. */
function languageMemo(cache: IncrementalCache, blocks: number): LanguageMemo {
  if (!cache.languages || cache.languages.size > 2 * blocks + 64) cache.languages = new Map();
  return cache.languages;
}

/** The English blocks' figures together. */
function englishTotals(results: {result: EnglishResult}[]) {
  let words = 0;
  let sentences = 0;
  let syllables = 0;
  for (const {result} of results) {
    words += result.readability.words;
    sentences += result.readability.sentences;
    syllables += result.readability.syllables;
  }
  return figuresFromTotals(words, sentences, syllables);
}

/** Runs of blocks in the other language than the document's, as stretches of the text. */
function otherLanguageParts(blocks: Block[], languages: BlockLanguages, positions: PositionIndex): LanguagePart[] {
  const parts: LanguagePart[] = [];
  let open: {start: number; end: number; language: LanguagePart['language']} | undefined;
  const close = () => {
    if (open) parts.push({language: open.language, start: positions.toPoint(open.start), end: positions.toPoint(open.end)});
    open = undefined;
  };
  blocks.forEach((block, index) => {
    const language = languages.blocks[index];
    if (open && open.language === language) open.end = block.start + block.text.length;
    else {
      close();
      if (language !== languages.document) open = {start: block.start, end: block.start + block.text.length, language};
    }
  });
  close();
  return parts;
}
