// `npm run bench`: check time and memory on 1,000 and 20,000 words of real Dutch government text
// from ../shared/corpus, beside a bare retext-dutch parse of the same text.
import {readFileSync} from 'node:fs';
import retextDutch from 'retext-dutch';
import {unified} from 'unified';
import {createChecker} from '../lint-rules/index.js';

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

function time(fn: () => void, runs: number): {median: number; p95: number} {
  for (let index = 0; index < 5; index++) fn(); // warm-up
  const samples: number[] = [];
  for (let index = 0; index < runs; index++) {
    const start = performance.now();
    fn();
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  return {median: samples[Math.floor(samples.length / 2)], p95: samples[Math.min(samples.length - 1, Math.ceil(samples.length * 0.95) - 1)]};
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
  const parse = time(() => bare.parse(text), runs);
  const report = checker.check(text);
  const ratio = check.median / parse.median;
  const within = check.median <= targets[words] && ratio <= 2.5;
  ok &&= within;
  console.log(
    `${String(words).padStart(6)} woorden: check mediaan ${ms(check.median)}, p95 ${ms(check.p95)} (doel ≤ ${targets[words]} ms) · ` +
      `kale retext-dutch-parse mediaan ${ms(parse.median)} · verhouding ${ratio.toFixed(2)}× (doel ≤ 2,5×) · ` +
      `${report.findings.length} meldingen · ${within ? 'binnen doel' : 'BUITEN DOEL'}`,
  );
}
const {rss, heapUsed} = process.memoryUsage();
console.log(`geheugen na afloop: rss ${mb(rss)}, heap ${mb(heapUsed)}`);
if (!ok) process.exitCode = 1;
