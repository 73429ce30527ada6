// Finds and reads `.helderrc.json` upward from a checked file. A broken configuration never stops
// a run: Helder says what is wrong, names the file, and checks with the default settings.
import {existsSync, readFileSync} from 'node:fs';
import {dirname, join, resolve} from 'node:path';
import {Ajv} from 'ajv';
import {parse as parseYaml} from 'yaml';
import type {CheckerOptions} from '../lint-rules/index.js';
import type {Wordlist} from '../lint-rules/wordlists/types.js';
import {validateWordlist} from '../lint-rules/wordlists/validate.js';
import configSchema from '../schema/helderrc.schema.json' with {type: 'json'};

export const CONFIG_NAME = '.helderrc.json';

const validateConfig = new Ajv({allErrors: true, strict: false}).compile(configSchema);

export interface LoadedConfig {
  /** The configuration file, or undefined when none was found. */
  path?: string;
  options: CheckerOptions;
  /** Words from the spelling word lists (`spellingWordlists`), for the speller. */
  spellingWords: string[];
  /** What went wrong; when not empty the run exits with 2. */
  problems: string[];
  /** True when the file itself is broken and the defaults are used; otherwise only failed word lists are left out. */
  usesDefaults: boolean;
}

export function findConfig(startDir: string): string | undefined {
  let dir = resolve(startDir);
  for (;;) {
    const candidate = join(dir, CONFIG_NAME);
    if (existsSync(candidate)) return candidate;
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

export function loadConfig(path: string): LoadedConfig {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    const reason = error instanceof SyntaxError ? `geen geldige JSON (${error.message})` : (error as Error).message;
    return {path, options: {}, spellingWords: [], problems: [`${path}: ${reason}`], usesDefaults: true};
  }
  if (!validateConfig(raw)) {
    const problems = (validateConfig.errors ?? []).map(
      (error) => `${path}: ${error.instancePath || '(hele bestand)'} ${error.message ?? 'ongeldig'}`,
    );
    return {path, options: {}, spellingWords: [], problems, usesDefaults: true};
  }
  const config = raw as {rules?: CheckerOptions['rules']; wordlists?: string[]; spellingWordlists?: string[]};
  const wordlists: Wordlist[] = [];
  const problems: string[] = [];
  for (const relative of config.wordlists ?? []) {
    const listPath = resolve(dirname(path), relative);
    try {
      const result = validateWordlist(parseYaml(readFileSync(listPath, 'utf8')));
      if (result.list) wordlists.push(result.list);
      else problems.push(...result.errors.map((error) => `${listPath}: ${error}`));
    } catch (error) {
      problems.push(`${listPath}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'woordenlijst niet gevonden' : (error as Error).message.split('\n')[0]}`);
    }
  }
  const spellingWords: string[] = [];
  for (const relative of config.spellingWordlists ?? []) {
    const result = readSpellingWordlist(resolve(dirname(path), relative));
    if (result.problem) problems.push(result.problem);
    else spellingWords.push(...result.words);
  }
  // A word list that fails is left out; the rest of the configuration still holds.
  return {path, options: {rules: config.rules, wordlists}, spellingWords, problems, usesDefaults: false};
}

/**
 * A spelling word list: plain UTF-8 text, one word per line; blank lines and `#` comments
 * (a whole line, or after the word) are skipped.
 */
export function readSpellingWordlist(path: string): {words: string[]; problem?: string} {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === 'ENOENT' ? 'woordenlijst niet gevonden' : code === 'EISDIR' ? 'dit is een map, geen woordenlijst' : `kan de woordenlijst niet lezen (${code ?? (error as Error).message})`;
    return {words: [], problem: `${path}: ${reason}`};
  }
  if (text.includes('\uFFFD') || text.includes('\0')) {
    return {words: [], problem: `${path}: dit is geen tekstbestand in UTF-8; zet één woord per regel`};
  }
  const words = text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n|\r/)
    .map((line) => line.replace(/(^|\s)#.*$/, '').trim().replace(/[’‘]/g, "'"))
    .filter(Boolean);
  return {words};
}
