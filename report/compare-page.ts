// `helder compare`: two versions of a text side by side, with their scores, the findings per rule
// before and after, and the sentences that changed. This is how a trainer shows a group what
// their rewrite achieved.
import {diffArrays, diffWords} from 'diff';
import type {Report} from '../lint-rules/index.js';
import {barChart} from './charts.js';
import {escapeHtml, highlightText, legendHtml} from './highlight.js';
import {type CheckedDocument, countsByRule, figuresExplained, findingsList, languageOf, number, page, type PageContext, titlesOf} from './page.js';

export function comparePage(before: CheckedDocument, after: CheckedDocument, context: PageContext): string {
  const titles = titlesOf(context.rules);
  const title = `Vergelijking: ${before.name} en ${after.name}`;
  const body = `<header><h1>Voor en na</h1><p class="muted">${escapeHtml(before.name)} (voor) vergeleken met ${escapeHtml(after.name)} (na).</p></header>
<main id="inhoud">
<section aria-labelledby="scores"><h2 id="scores">Scores</h2>${scoresTable(before.report, after.report)}</section>
<section aria-labelledby="per-regel"><h2 id="per-regel">Meldingen per soort</h2>${perRule(before.report, after.report, context)}</section>
<section aria-labelledby="zinnen"><h2 id="zinnen">Zinnen die veranderd zijn</h2>${changedSentences(before, after)}</section>
<section aria-labelledby="teksten"><h2 id="teksten">De twee teksten</h2>
<p class="muted">Gemarkeerd per soort melding: kleur, soort onderstreping en nummer horen bij elkaar.</p>
${legendHtml([...before.report.findings, ...after.report.findings].map((finding) => finding.ruleId), titles)}
<div class="side-by-side">
<div><h3>Voor: ${escapeHtml(before.name)}</h3><div class="text">${highlightText(before.text, before.report.findings, {findingIdPrefix: 'voor-f', titles, languageOf: languageOf(before.report)})}</div>
<h4>Meldingen voor (${before.report.findings.length})</h4>${findingsList(before.report.findings, 'voor-f', titles, languageOf(before.report))}</div>
<div><h3>Na: ${escapeHtml(after.name)}</h3><div class="text">${highlightText(after.text, after.report.findings, {findingIdPrefix: 'na-f', titles, languageOf: languageOf(after.report)})}</div>
<h4>Meldingen na (${after.report.findings.length})</h4>${findingsList(after.report.findings, 'na-f', titles, languageOf(after.report))}</div>
</div>
</section>
<section aria-labelledby="uitleg"><h2 id="uitleg">Wat de cijfers betekenen</h2>${figuresExplained()}</section>
</main>`;
  return page(title, body.replace('<div class="side-by-side">', `<style>${sideBySideCss}</style><div class="side-by-side">`), context);
}

const sideBySideCss = `.side-by-side{display:grid;grid-template-columns:1fr 1fr;gap:1.5rem}@media (max-width:50rem){.side-by-side{grid-template-columns:1fr}}
.pair{border-top:1px solid var(--line);padding:.75rem 0}.pair p{margin:.2rem 0}del{background:#fbd3d3;text-decoration:line-through}ins{background:#d9f99d;text-decoration:underline}
del,ins{-webkit-print-color-adjust:exact;print-color-adjust:exact}h4{font-size:1rem;margin-top:1.5rem}`;

interface Measure {
  label: string;
  value(report: Report): number;
  digits: number;
  /** Whether a higher value is easier to read. */
  higherIsBetter: boolean;
  /** An English formula's name. */
  lang?: 'en';
}

const measures: Measure[] = [
  {label: 'Flesch-Douma', value: (report) => report.readability.fleschDouma, digits: 1, higherIsBetter: true},
  {label: 'Leesindex Brouwer', value: (report) => report.readability.brouwer, digits: 1, higherIsBetter: true},
  {label: 'Woorden per zin', value: (report) => report.readability.wordsPerSentence, digits: 1, higherIsBetter: false},
  {label: 'Lettergrepen per woord', value: (report) => report.readability.syllablesPerWord, digits: 2, higherIsBetter: false},
  {label: 'Meldingen', value: (report) => report.findings.length, digits: 0, higherIsBetter: false},
  {label: 'Meldingen per 100 woorden', value: (report) => (report.readability.words ? (100 * report.findings.length) / report.readability.words : 0), digits: 1, higherIsBetter: false},
];

/** The change in words as well as in sign, so it does not rely on colour. */
function change(before: number, after: number, digits: number, higherIsBetter: boolean): string {
  const difference = Math.round((after - before) * 10 ** digits) / 10 ** digits;
  if (difference === 0) return 'gelijk';
  const better = difference > 0 === higherIsBetter;
  return `${difference > 0 ? '+' : '−'}${number(Math.abs(difference), digits)} (${better ? 'beter' : 'slechter'})`;
}

// For two English texts, the English formulas (Flesch-Kincaid: a school grade, lower is easier).
const englishMeasures: Measure[] = [
  {label: 'Flesch Reading Ease', value: (report) => report.readability.english?.fleschReadingEase ?? 0, digits: 1, higherIsBetter: true, lang: 'en'},
  {label: 'Flesch-Kincaid', value: (report) => report.readability.english?.fleschKincaidGrade ?? 0, digits: 1, higherIsBetter: false, lang: 'en'},
  {label: 'Woorden per zin', value: (report) => report.readability.english?.wordsPerSentence ?? 0, digits: 1, higherIsBetter: false},
  {label: 'Meldingen', value: (report) => report.findings.length, digits: 0, higherIsBetter: false},
  {label: 'Meldingen per 100 woorden', value: (report) => (report.readability.english?.words ? (100 * report.findings.length) / report.readability.english.words : 0), digits: 1, higherIsBetter: false},
];

function scoresTable(before: Report, after: Report): string {
  const english = before.language === 'en' && after.language === 'en';
  const words = (report: Report) => (english ? (report.readability.english?.words ?? 0) : report.readability.words);
  const rows = (english ? englishMeasures : measures).map(
    (measure) =>
      `<tr><th scope="row"${measure.lang ? ` lang="${measure.lang}"` : ''}>${measure.label}</th><td class="num">${number(measure.value(before), measure.digits)}</td><td class="num">${number(measure.value(after), measure.digits)}</td>` +
      `<td>${change(measure.value(before), measure.value(after), measure.digits, measure.higherIsBetter)}</td></tr>`,
  );
  // The Dutch level estimate has no English counterpart.
  const level = english
    ? ''
    : `<tr><th scope="row">Geschat niveau</th><td>${escapeHtml(before.readability.level.label)}</td><td>${escapeHtml(after.readability.level.label)}</td><td></td></tr>\n`;
  const intro = english
    ? '<p>Beide teksten zijn Engels: de cijfers zijn de Engelse (Flesch Reading Ease: hoger is makkelijker; Flesch-Kincaid: het Amerikaanse schooljaar, lager is makkelijker).</p>\n'
    : '';
  return `${intro}<table><caption>Scores voor en na</caption><thead><tr><th scope="col">Maat</th><th scope="col" class="num">Voor</th><th scope="col" class="num">Na</th><th scope="col">Verschil</th></tr></thead><tbody>
${level}<tr><th scope="row">Woorden</th><td class="num">${words(before)}</td><td class="num">${words(after)}</td><td>${words(after) - words(before) >= 0 ? '+' : '−'}${Math.abs(words(after) - words(before))}</td></tr>
${rows.join('\n')}</tbody></table>`;
}

function perRule(before: Report, after: Report, context: PageContext): string {
  const counts = (report: Report) => new Map(countsByRule(report, context.rules).map(({rule, count}) => [rule.id, count]));
  const was = counts(before);
  const now = counts(after);
  const rules = context.rules.filter((rule) => was.has(rule.id) || now.has(rule.id));
  if (rules.length === 0) return '<p>Geen meldingen, voor en na.</p>';
  const rows = rules.map((rule) => {
    const a = was.get(rule.id) ?? 0;
    const b = now.get(rule.id) ?? 0;
    return `<tr><th scope="row">${escapeHtml(rule.title)}</th><td class="num">${a}</td><td class="num">${b}</td><td>${change(a, b, 0, false)}</td></tr>`;
  });
  const chart = barChart({
    id: 'per-regel-grafiek',
    title: 'Meldingen per soort, voor en na',
    description: 'Per soort twee staven: eerst voor, dan na. Gearceerd is de versie van voor.',
    bars: rules.flatMap((rule) => [
      {label: `${rule.title} (voor)`, value: was.get(rule.id) ?? 0, over: true},
      {label: `${rule.title} (na)`, value: now.get(rule.id) ?? 0},
    ]),
    columns: ['Soort', 'Meldingen'],
    horizontal: true,
  });
  return `<table><caption>Meldingen per soort</caption><thead><tr><th scope="col">Soort</th><th scope="col" class="num">Voor</th><th scope="col" class="num">Na</th><th scope="col">Verschil</th></tr></thead><tbody>${rows.join('')}</tbody></table>${chart}`;
}

interface SentenceText {
  text: string;
  words: number;
  findings: number;
}

function sentencesOf(document: CheckedDocument): SentenceText[] {
  const findings = document.report.findings;
  return (document.report.readability.bySentence ?? []).map((sentence) => ({
    text: document.text.slice(sentence.start.offset, sentence.end.offset).replace(/\s+/g, ' ').trim(),
    words: sentence.words,
    findings: findings.filter((finding) => finding.start.offset >= sentence.start.offset && finding.start.offset < sentence.end.offset).length,
  }));
}

/**
 * Sentences are matched by their text: the ones that stayed are left out, and each stretch of
 * removed sentences is shown with the stretch that took its place, so a long sentence split in
 * two shows as one pair.
 */
export function sentencePairs(before: SentenceText[], after: SentenceText[]): {before: SentenceText[]; after: SentenceText[]}[] {
  const changes = diffArrays(
    before.map((sentence) => sentence.text),
    after.map((sentence) => sentence.text),
  );
  const pairs: {before: SentenceText[]; after: SentenceText[]}[] = [];
  let at = {before: 0, after: 0};
  let open: {before: SentenceText[]; after: SentenceText[]} | undefined;
  for (const part of changes) {
    const count = part.count ?? part.value.length;
    if (!part.added && !part.removed) {
      if (open) pairs.push(open);
      open = undefined;
      at = {before: at.before + count, after: at.after + count};
      continue;
    }
    open ??= {before: [], after: []};
    if (part.removed) {
      open.before.push(...before.slice(at.before, at.before + count));
      at.before += count;
    } else {
      open.after.push(...after.slice(at.after, at.after + count));
      at.after += count;
    }
  }
  if (open) pairs.push(open);
  return pairs;
}

const sum = (sentences: SentenceText[], key: 'words' | 'findings') => sentences.reduce((total, sentence) => total + sentence[key], 0);
const plural = (count: number, one: string, many: string, withCount = true) => `${withCount ? `${count} ` : ''}${count === 1 ? one : many}`;

function changedSentences(before: CheckedDocument, after: CheckedDocument): string {
  const pairs = sentencePairs(sentencesOf(before), sentencesOf(after));
  if (pairs.length === 0) return '<p>Geen zinnen veranderd.</p>';
  const describe = (sentences: SentenceText[]) =>
    sentences.length === 0
      ? 'geen'
      : `${sentences.map((sentence) => sentence.words).join(' + ')} ${plural(sum(sentences, 'words'), 'woord', 'woorden', false)}, ${plural(sum(sentences, 'findings'), 'melding', 'meldingen')}`;
  const items = pairs.map((pair, index) => {
    const was = pair.before.map((sentence) => sentence.text).join(' ');
    const now = pair.after.map((sentence) => sentence.text).join(' ');
    const words = diffWords(was, now)
      .map((part) => (part.added ? `<ins>${escapeHtml(part.value)}</ins>` : part.removed ? `<del>${escapeHtml(part.value)}</del>` : escapeHtml(part.value)))
      .join('');
    const kind = pair.before.length === 0 ? 'Nieuw' : pair.after.length === 0 ? 'Geschrapt' : 'Herschreven';
    return `<li class="pair" id="paar-${index + 1}"><p><strong>${kind}</strong> · voor: ${describe(pair.before)} · na: ${describe(pair.after)}</p>
<p><strong>Voor:</strong> ${was ? escapeHtml(was) : '<em>(geen)</em>'}</p>
<p><strong>Na:</strong> ${now ? escapeHtml(now) : '<em>(geen)</em>'}</p>
<details><summary>Wat er veranderde (woord voor woord)</summary><p>${words}</p></details></li>`;
  });
  return `<p class="muted">${pairs.length} ${pairs.length === 1 ? 'plek' : 'plekken'} in de tekst veranderd. Per plek: de zin of zinnen van voor en wat ervoor in de plaats kwam.</p><ol class="pairs">${items.join('\n')}</ol>`;
}
