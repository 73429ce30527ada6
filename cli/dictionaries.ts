// Node's way to the spelling dictionaries: the files `npm run build` writes to dist/dictionaries.
import {existsSync} from 'node:fs';
import {readFile} from 'node:fs/promises';
import {fileURLToPath} from 'node:url';
import {loadSpelling} from '../lint-rules/spelling/speller.js';
import type {DictionaryLoader, SpellingSupport} from '../lint-rules/spelling/types.js';

/** dist/dictionaries beside the bundled CLI, or under the project when run from source. */
export function dictionaryDirectory(): string {
  const fromEnvironment = process.env.HELDER_DICTIONARIES;
  if (fromEnvironment) return fromEnvironment;
  const candidates = [new URL('./dictionaries/', import.meta.url), new URL('../dist/dictionaries/', import.meta.url)].map((url) => fileURLToPath(url));
  return candidates.find((directory) => existsSync(`${directory}nl.hdic`)) ?? candidates[candidates.length - 1];
}

export function nodeDictionaryLoader(directory = dictionaryDirectory()): DictionaryLoader {
  const base = directory.endsWith('/') ? directory : `${directory}/`;
  return async (fileName) => {
    try {
      return await readFile(`${base}${fileName}`);
    } catch (error) {
      const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'het bestand ontbreekt' : (error as Error).message;
      throw new Error(`Woordenboek ${base}${fileName} kan niet worden gelezen: ${reason}. Voer 'npm run build' uit om het te maken.`);
    }
  };
}

const cachedFiles = new Map<string, Promise<Uint8Array | ArrayBuffer>>();

/**
 * Loads the Dutch and English dictionaries, reading each file once per process. Every call
 * gives fresh spellers (creating one takes milliseconds), so words added to one never leak
 * into another.
 */
export function loadSpellingFromDisk(directory?: string): Promise<SpellingSupport> {
  const loader = nodeDictionaryLoader(directory);
  const base = directory ?? dictionaryDirectory();
  return loadSpelling((fileName) => {
    const key = `${base}/${fileName}`;
    let file = cachedFiles.get(key);
    if (!file) {
      file = loader(fileName);
      cachedFiles.set(key, file);
      file.catch(() => cachedFiles.delete(key));
    }
    return file;
  });
}
