// `helder report`: one HTML file for one or many documents. Per document its figures, charts, the
// text with its findings highlighted and the findings list; for many, an overview table that
// sorts by score and a summary chart.
import {barChart} from './charts.js';
import {escapeHtml, highlightText, legendHtml} from './highlight.js';
import {type CheckedDocument, countsByRule, documentCharts, figuresExplained, figuresList, findingsList, languageOf, number, page, type PageContext, titlesOf} from './page.js';

export function reportPage(documents: CheckedDocument[], context: PageContext): string {
  const titles = titlesOf(context.rules);
  const many = documents.length > 1;
  const title = many ? `Helder-rapport: ${documents.length} documenten` : `Helder-rapport: ${documents[0]?.name ?? ''}`;
  const sections = documents.map((document, index) => documentSection(document, index, context, titles, many));
  const body = `<header><h1>${escapeHtml(title)}</h1><p class="muted">Leesbaarheid en duidelijke taal (taalniveau B1, Direct Duidelijk).</p></header>
<main id="inhoud">
${many ? overview(documents, context) : ''}
<section aria-labelledby="uitleg"><h2 id="uitleg">Wat de cijfers betekenen</h2>${figuresExplained()}</section>
${sections.join('\n')}
</main>`;
  return page(title, body, context, many ? sortScript : '');
}

function documentSection(document: CheckedDocument, index: number, context: PageContext, titles: Record<string, string>, many: boolean): string {
  const id = `doc-${index + 1}`;
  const {report} = document;
  const heading = many ? `${index + 1}. ${document.name}` : document.name;
  return `<section id="${id}" aria-labelledby="${id}-title">
<h2 id="${id}-title">${escapeHtml(heading)}</h2>
<h3>Leesbaarheid</h3>
${figuresList(report)}
${documentCharts(id, report, context.rules)}
<h3>De tekst</h3>
<p class="muted">Gemarkeerd per soort melding: kleur, soort onderstreping en nummer horen bij elkaar. Een lange zin heeft een gele, een moeilijke zin een rode achtergrond. Het nummertje achter een markering brengt u naar de uitleg.</p>
${legendHtml(
  report.findings.map((finding) => finding.ruleId),
  titles,
)}
<div class="text">${highlightText(document.text, report.findings, {findingIdPrefix: `${id}-f`, titles, languageOf: languageOf(report)})}</div>
<h3>Meldingen (${report.findings.length})</h3>
${findingsList(report.findings, `${id}-f`, titles, languageOf(report))}
</section>`;
}

function overview(documents: CheckedDocument[], context: PageContext): string {
  const rows = documents.map((document, index) => {
    const figures = document.report.readability;
    const cell = (value: number, digits = 1) => `<td class="num" data-sort="${value}">${number(value, digits)}</td>`;
    const name = `<tr><th scope="row" data-sort="${escapeHtml(document.name.toLowerCase())}"><a href="#doc-${index + 1}">${escapeHtml(document.name)}</a></th>`;
    const english = figures.english;
    if (document.report.language === 'en' && english) {
      // The Dutch formulas do not apply: the English figure in words, and empty Dutch columns that sort last.
      const none = '<td class="num" data-sort="-1000">–</td>';
      return (
        `${name}<td data-sort="-1000">Engelse tekst (Flesch Reading Ease ${number(english.fleschReadingEase)})</td>${none}${none}${cell(english.wordsPerSentence)}` +
        `${cell(english.words, 0)}${cell(document.report.findings.length, 0)}</tr>`
      );
    }
    return (
      `${name}<td data-sort="${figures.fleschDouma}">${escapeHtml(figures.level.label)}</td>${cell(figures.fleschDouma)}${cell(figures.brouwer)}${cell(figures.wordsPerSentence)}` +
      `${cell(figures.words, 0)}${cell(document.report.findings.length, 0)}</tr>`
    );
  });
  const columns = ['Document', 'Niveau (schatting)', 'Flesch-Douma', 'Brouwer', 'Woorden per zin', 'Woorden', 'Meldingen'];
  const head = columns
    .map((column, index) => `<th scope="col"${index >= 2 ? ' class="num"' : ''} aria-sort="none"><button type="button" class="sort" data-column="${index}">${escapeHtml(column)}</button></th>`)
    .join('');
  const totals = new Map<string, number>();
  for (const document of documents) for (const {rule, count} of countsByRule(document.report, context.rules)) totals.set(rule.id, (totals.get(rule.id) ?? 0) + count);
  const scores = barChart({
    id: 'overzicht-scores',
    title: 'Flesch-Douma per document',
    description: 'Hoe hoger, hoe makkelijker. Gearceerde staven liggen onder 65, het doel voor taalniveau B1. Engelse teksten staan hier niet in.',
    bars: documents
      .filter((document) => document.report.language === 'nl')
      .map((document) => ({label: document.name, value: document.report.readability.fleschDouma, over: document.report.readability.fleschDouma < 65})),
    threshold: {value: 65, label: 'B1 (65)'},
    columns: ['Document', 'Flesch-Douma'],
    horizontal: true,
  });
  const perRule = barChart({
    id: 'overzicht-regels',
    title: 'Meldingen per soort, alle documenten samen',
    description: 'Welke soorten meldingen het vaakst voorkomen.',
    bars: context.rules.filter((rule) => totals.has(rule.id)).map((rule) => ({label: rule.title, value: totals.get(rule.id)!})),
    columns: ['Soort', 'Meldingen'],
    horizontal: true,
  });
  return `<section aria-labelledby="overzicht"><h2 id="overzicht">Overzicht</h2>
<p class="sort-hint muted">Klik op een kolomkop om te sorteren, bijvoorbeeld op Flesch-Douma.</p>
<table id="overzicht-tabel"><caption>Alle documenten (${documents.length})</caption><thead><tr>${head}</tr></thead><tbody>${rows.join('')}</tbody></table>
${scores}
${perRule}
</section>`;
}

// Sorts the overview table by a column; every cell carries its sort value in data-sort.
const sortScript = `
document.querySelectorAll('#overzicht-tabel button.sort').forEach(function (button) {
  button.addEventListener('click', function () {
    var table = document.getElementById('overzicht-tabel');
    var header = button.parentElement;
    var column = Number(button.dataset.column);
    var ascending = header.getAttribute('aria-sort') !== 'ascending';
    table.querySelectorAll('thead th').forEach(function (th) { th.setAttribute('aria-sort', 'none'); });
    header.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
    var body = table.tBodies[0];
    var rows = Array.prototype.slice.call(body.rows);
    rows.sort(function (a, b) {
      var x = a.cells[column].dataset.sort, y = b.cells[column].dataset.sort;
      var order = column === 0 ? x.localeCompare(y, 'nl') : Number(x) - Number(y);
      return ascending ? order : -order;
    });
    rows.forEach(function (row) { body.appendChild(row); });
  });
});`;
