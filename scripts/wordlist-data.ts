// Reads, validates and checks the YAML word lists (build, check script and tests share this).
import {readdirSync, readFileSync} from 'node:fs';
import {basename, join} from 'node:path';
import {parse} from 'yaml';
import {findDuplicateForms} from '../lint-rules/wordlists/compile.js';
import type {Conjugation, Wordlist, WordlistData} from '../lint-rules/wordlists/types.js';
import {validateConjugationList, validateWordlist} from '../lint-rules/wordlists/validate.js';

export const wordlistDir = new URL('../wordlists/', import.meta.url).pathname;
const conjugationFile = 'vervoegingen.yaml';

export interface LoadResult {
  data: WordlistData;
  problems: string[];
}

export function loadWordlists(dir = wordlistDir): LoadResult {
  const problems: string[] = [];
  const wordlists: Wordlist[] = [];
  let conjugations: Conjugation[] = [];
  const files = readdirSync(dir)
    .filter((name) => name.endsWith('.yaml'))
    .sort();
  for (const name of files) {
    const path = join(dir, name);
    let data: unknown;
    try {
      data = parse(readFileSync(path, 'utf8'));
    } catch (error) {
      problems.push(`${name}: geen geldige YAML: ${(error as Error).message.split('\n')[0]}`);
      continue;
    }
    if (name === conjugationFile) {
      const result = validateConjugationList(data);
      problems.push(...result.errors.map((error) => `${name}: ${error}`));
      conjugations = result.verbs ?? [];
      continue;
    }
    const result = validateWordlist(data);
    problems.push(...result.errors.map((error) => `${name}: ${error}`));
    if (!result.list) continue;
    if (result.list.category !== basename(name, '.yaml')) {
      problems.push(`${name}: category '${result.list.category}' hoort gelijk te zijn aan de bestandsnaam`);
    }
    wordlists.push(result.list);
  }
  for (const duplicate of findDuplicateForms(wordlists)) {
    problems.push(
      `dubbele vorm '${duplicate.form}': ${duplicate.first.category}/${duplicate.first.term} en ${duplicate.second.category}/${duplicate.second.term}`,
    );
  }
  return {data: {wordlists, conjugations}, problems};
}
