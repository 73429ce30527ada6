// The Helder engine: createChecker(options).check(text, {format}) gives findings and readability.
// No Node-only imports here: the same code runs in Node, a Web Worker and a browser page.
import type {Root} from 'nlcst';
import {unified} from 'unified';
import {VFile} from 'vfile';
import {analyze} from './analysis.js';
import {type Block, markdownBlocksCached} from './blocks.js';
import builtIn from './generated/wordlists.json' with {type: 'json'};
import {readInlineControl} from './inline-control.js';
import {type BlockCache, buildParagraphs, type Format, PositionIndex} from './parse.js';
import {readabilityReport} from './readability.js';
import {SOURCE, type RuleDefinition} from './rule.js';
import {allRules} from './rules/index.js';
import type {SpellingSupport} from './spelling/types.js';
import type {CheckCache, CheckOptions, Finding, Report, RuleSetting, Severity} from './types.js';
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
    if (info.enabled) processor.use(rule.plugin, {...info.options, url: info.url, wordlists, spelling: options.spelling});
  });
  paragraphRules.freeze();
  documentRules.freeze();

  const run = (processor: typeof paragraphRules, tree: Root, text: string, format: Format): Message[] => {
    const file = new VFile({value: text, data: {format}});
    // vfile messages are Errors; their stack traces are never read but cost a capture each.
    const stackTraceLimit = Error.stackTraceLimit;
    Error.stackTraceLimit = 0;
    try {
      processor.runSync(tree, file);
    } finally {
      Error.stackTraceLimit = stackTraceLimit;
    }
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
      let blocks: Block[] | undefined;
      if (cache && format === 'markdown') {
        // Markdown is parsed again only where it changed, too.
        const parts = markdownBlocksCached(text, cache.markdown ?? new Map());
        cache.markdown = parts.cache;
        blocks = parts.blocks;
      }
      const built = buildParagraphs(text, format, positions, cache?.blocks, blocks);
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
      // `<!-- helder-disable … -->` comments switch rules off for part of the text.
      const control = text.includes('helder-') ? readInlineControl(text) : undefined;
      const findings: Finding[] = messages
        .filter((message) => !control?.disabled(message.ruleId, message.start))
        .map((message) => ({...message, start: positions.toPoint(message.start), end: positions.toPoint(message.end)}))
        .sort((a, b) => a.start.offset - b.start.offset || a.end.offset - b.end.offset || a.ruleId.localeCompare(b.ruleId));
      return {language: 'nl', findings, readability: readabilityReport(analyze(built.tree), positions, {bySentence: checkOptions.bySentence})};
    },
  };
}

/** A finding before it has line and column: offsets only, so it can move with its paragraph. */
type Message = Omit<Finding, 'start' | 'end'> & {start: number; end: number};

interface IncrementalCache extends CheckCache {
  blocks?: BlockCache;
  markdown?: Map<string, Block[]>;
}
