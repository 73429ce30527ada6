// Reads the CLI's `.helderrc.json` from texts the host has read: the CLI and the Node language
// server read files from disk, the web extension through VS Code's file system. A broken
// configuration never stops a check: the problems name the file, and the defaults hold.
import {Ajv} from 'ajv';
import {parse as parseYaml} from 'yaml';
import configSchema from '../schema/helderrc.schema.json' with {type: 'json'};
import type {CheckerOptions} from './index.js';
import type {Wordlist} from './wordlists/types.js';
import {validateWordlist} from './wordlists/validate.js';

import {type ReadResult, spellingWordlist} from './configuration-files.js';

export {referencedFiles, type ReadResult, spellingWordlist} from './configuration-files.js';

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

export interface ConfigSource {
  path: string;
  text: string;
  /** Where a file named in the configuration is, relative to the configuration file. */
  resolve(relative: string): string;
  read(path: string): ReadResult;
}

export function readConfiguration({path, text, resolve, read}: ConfigSource): LoadedConfig {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return {path, options: {}, spellingWords: [], problems: [`${path}: geen geldige JSON (${(error as Error).message})`], usesDefaults: true};
  }
  if (!validateConfig(raw)) {
    const problems = (validateConfig.errors ?? []).map((error) => `${path}: ${error.instancePath || '(hele bestand)'} ${error.message ?? 'ongeldig'}`);
    return {path, options: {}, spellingWords: [], problems, usesDefaults: true};
  }
  const config = raw as {rules?: CheckerOptions['rules']; language?: CheckerOptions['language']; wordlists?: string[]; spellingWordlists?: string[]};
  const wordlists: Wordlist[] = [];
  const problems: string[] = [];
  for (const relative of config.wordlists ?? []) {
    const listPath = resolve(relative);
    const file = read(listPath);
    if ('problem' in file) {
      problems.push(`${listPath}: ${file.problem}`);
      continue;
    }
    try {
      const result = validateWordlist(parseYaml(file.text));
      if (result.list) wordlists.push(result.list);
      else problems.push(...result.errors.map((error) => `${listPath}: ${error}`));
    } catch (error) {
      problems.push(`${listPath}: ${(error as Error).message.split('\n')[0]}`);
    }
  }
  const spellingWords: string[] = [];
  for (const relative of config.spellingWordlists ?? []) {
    const listPath = resolve(relative);
    const file = read(listPath);
    const result = spellingWordlist(listPath, file);
    if (result.problem) problems.push(result.problem);
    else spellingWords.push(...result.words);
  }
  // A word list that fails is left out; the rest of the configuration still holds.
  return {path, options: {rules: config.rules, wordlists, ...(config.language ? {language: config.language} : {})}, spellingWords, problems, usesDefaults: false};
}
