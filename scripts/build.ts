// `npm run build` (also run by `npm install` through `prepare`): word lists to JSON, then bundles.
import {mkdirSync, writeFileSync} from 'node:fs';
import {build} from 'esbuild';
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
    minify: true,
    sourcemap: true,
    metafile: false,
    logLevel: 'warning',
  }),
]);
console.error(`Helder gebouwd: ${entries} woordenlijst-entries, dist/cli.js en dist/helder-engine.browser.js.`);
