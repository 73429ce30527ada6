// What every rule module exports, and the one way rules report: a vfile message in retext's
// shape (ruleId, source, actual, expected, url) plus Helder's explanation for the reader.
import type {Root} from 'nlcst';
import type {Plugin} from 'unified';
import type {VFile} from 'vfile';
import type {SpellingSupport} from './spelling/types.js';
import type {Severity} from './types.js';

export interface RuleExample {
  /** A sentence the rule flags. */
  bad: string;
  /** The better sentence, which the rule leaves alone. */
  good: string;
}

export interface RuleDefinition<Options extends object = object> {
  id: string;
  /** Short Dutch name. */
  title: string;
  /** What the rule checks, in one Dutch sentence. */
  description: string;
  defaultSeverity: Severity;
  /**
   * `document` when a finding depends on more than its own paragraph (the first use of an
   * acronym, once per text, u and je mixed, headings in a long text). Other rules see one
   * paragraph at a time, so an incremental check reuses their findings for unchanged paragraphs.
   */
  scope?: 'paragraph' | 'document';
  /** `en` for a rule that only English text has (its checking is in english/index.ts). */
  language?: 'en';
  defaults: Options;
  examples: RuleExample[];
  plugin: Plugin<[Options & RuleEnvironment], Root>;
}

/** What the checker hands every rule besides its own options. */
export interface RuleEnvironment {
  url: string;
  /** Dictionaries, when the host loaded them (only the spelling rule reads this). */
  spelling?: SpellingSupport;
}

export interface RuleMessage {
  ruleId: string;
  start: number;
  end: number;
  message: string;
  explanation: string;
  actual: string;
  expected: string[];
  url: string;
}

export const SOURCE = 'helder';

/** Run a processor's plugins on a tree. vfile messages are Errors: their stack traces are never read but cost a capture each. */
export function runWithoutStackTraces<Tree>(processor: {runSync(tree: Tree, file: VFile): unknown}, tree: Tree, file: VFile) {
  const stackTraceLimit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    processor.runSync(tree, file);
  } finally {
    Error.stackTraceLimit = stackTraceLimit;
  }
}

export function report(file: VFile, doc: string, finding: Omit<RuleMessage, 'actual'> & {actual?: string}) {
  const message = file.message(finding.message, {
    ruleId: finding.ruleId,
    source: SOURCE,
    place: {start: {line: 0, column: 0, offset: finding.start}, end: {line: 0, column: 0, offset: finding.end}},
  });
  message.actual = finding.actual ?? doc.slice(finding.start, finding.end);
  message.expected = finding.expected;
  message.url = finding.url;
  message.note = finding.explanation;
}

/** Give a suggestion the case of the word it replaces (Indien → Als, INDIEN → ALS). */
export function matchCase(original: string, replacement: string): string {
  if (!replacement) return replacement;
  const letters = original.replace(/[^\p{L}]/gu, '');
  if (letters.length > 1 && letters === letters.toUpperCase()) return replacement.toUpperCase();
  if (/^\p{Lu}/u.test(original)) return replacement[0].toUpperCase() + replacement.slice(1);
  return replacement;
}
