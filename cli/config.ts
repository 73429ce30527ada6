// Finds and reads `.helderrc.json` upward from a checked file. A broken configuration never stops
// a run: Helder says what is wrong, names the file, and checks with the default settings. The
// reading itself (schema, word lists) is in lint-rules/configuration.ts, shared with the editors.
import {existsSync, readFileSync} from 'node:fs';
import {dirname, join, resolve} from 'node:path';
import {CONFIG_NAME, type LoadedConfig, type ReadResult, readConfiguration, spellingWordlist} from '../lint-rules/configuration.js';

export {CONFIG_NAME, type LoadedConfig};

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
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    return {path, options: {}, spellingWords: [], problems: [`${path}: ${(error as Error).message}`], usesDefaults: true};
  }
  return readConfiguration({path, text, resolve: (relative) => resolve(dirname(path), relative), read: readText});
}

function readText(path: string): ReadResult {
  try {
    return {text: readFileSync(path, 'utf8')};
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const problem =
      code === 'ENOENT' ? 'woordenlijst niet gevonden' : code === 'EISDIR' ? 'dit is een map, geen woordenlijst' : `kan de woordenlijst niet lezen (${code ?? (error as Error).message})`;
    return {problem};
  }
}

/**
 * A spelling word list: plain UTF-8 text, one word per line; blank lines and `#` comments
 * (a whole line, or after the word) are skipped.
 */
export function readSpellingWordlist(path: string): {words: string[]; problem?: string} {
  return spellingWordlist(path, readText(path));
}
