// Checks a parsed word list against wordlists/schema.json. Used at build time for our own lists
// and at run time for an organisation's lists; the engine itself never needs it.
import {Ajv, type ErrorObject} from 'ajv';
import schema from '../../wordlists/schema.json' with {type: 'json'};
import conjugationSchema from '../../wordlists/vervoegingen.schema.json' with {type: 'json'};
import type {Conjugation, Wordlist} from './types.js';

const ajv = new Ajv({allErrors: true, strict: false});
const validateList = ajv.compile<Wordlist>(schema);
const validateConjugations = ajv.compile<{verbs: Conjugation[]}>(conjugationSchema);

function describe(errors: ErrorObject[] | null | undefined, data: unknown): string[] {
  return (errors ?? []).map((error) => {
    const where = error.instancePath || '(hele bestand)';
    const term = termAt(data, error.instancePath);
    return `${where}${term ? ` (${term})` : ''}: ${error.message ?? 'ongeldig'}`;
  });
}

function termAt(data: unknown, path: string): string | undefined {
  const match = /^\/entries\/(\d+)/.exec(path);
  if (!match || typeof data !== 'object' || data === null) return undefined;
  const entries = (data as {entries?: {term?: string}[]}).entries;
  return entries?.[Number(match[1])]?.term;
}

export function validateWordlist(data: unknown): {list?: Wordlist; errors: string[]} {
  if (validateList(data)) return {list: data, errors: []};
  return {errors: describe(validateList.errors, data)};
}

export function validateConjugationList(data: unknown): {verbs?: Conjugation[]; errors: string[]} {
  if (validateConjugations(data)) return {verbs: data.verbs, errors: []};
  return {errors: describe(validateConjugations.errors, data)};
}
