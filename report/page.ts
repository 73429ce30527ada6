// What the report and the comparison pages share: the page frame with its styles, the figures of
// a document and what they mean, the findings list. One self-contained HTML file: no external
// scripts, styles, fonts or images, so it opens offline from a USB stick or an e-mail.
import type {Finding, Report, RuleInfo} from '../lint-rules/index.js';
import {languageAt, languageSummary} from '../lint-rules/language-parts.js';
import {barChart, type Bar} from './charts.js';
import {escapeHtml, highlightCss, lookOf} from './highlight.js';

export interface CheckedDocument {
  /** The name shown: the file name as given. */
  name: string;
  text: string;
  /** Checked with `bySentence: true`. */
  report: Report;
}

export interface PageContext {
  rules: RuleInfo[];
  version: string;
  generated: Date;
}

const severityLabel: Record<Finding['severity'], string> = {error: 'fout', warning: 'waarschuwing', info: 'tip'};
export const number = (value: number, digits = 1) => value.toLocaleString('nl-NL', {maximumFractionDigits: digits, minimumFractionDigits: digits});
export const titlesOf = (rules: RuleInfo[]) => Object.fromEntries(rules.map((rule) => [rule.id, rule.title]));

const B1_FLESCH_DOUMA = 65;
const MIN_PARAGRAPH_WORDS = 10;

const css = `
:root{--text:#1a1a1a;--muted:#4b4b4b;--accent:#154273;--line:#c7c7c7;--surface:#f3f6f9}
*{box-sizing:border-box}
body{margin:0;font:17px/1.6 system-ui,"Segoe UI",Arial,sans-serif;color:var(--text);background:#fff}
.skip{position:absolute;left:-9999px}.skip:focus{left:1rem;top:1rem;background:#fff;padding:.5rem;z-index:1}
header,main,footer{max-width:62rem;margin:0 auto;padding:1rem 1.25rem}
header{border-bottom:4px solid var(--accent)}
h1{color:var(--accent);margin:.2rem 0;font-size:1.8rem}h2{font-size:1.4rem;margin-top:2.5rem;color:var(--accent)}h3{font-size:1.15rem;margin-top:1.75rem}
a{color:var(--accent)}a:focus-visible,button:focus-visible,summary:focus-visible{outline:3px solid #ffb612;outline-offset:2px}
.muted{color:var(--muted)}
table{border-collapse:collapse;width:100%;margin:.5rem 0}th,td{border-bottom:1px solid var(--line);padding:.35rem .5rem;text-align:left;vertical-align:top}
td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}
caption{text-align:left;font-weight:700;padding:.25rem 0}
.visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
dl.figures{display:grid;grid-template-columns:max-content 1fr;gap:.2rem 1.25rem}dl.figures dt{color:var(--muted)}dl.figures dd{margin:0;font-weight:600}
.level{font-size:1.3rem;font-weight:700}
.text{border:1px solid var(--line);border-radius:4px;padding:1rem 1.25rem;background:#fff;max-height:none}
.chart{margin:1rem 0}.chart-svg{width:100%;height:auto;font-size:12px;fill:var(--text)}
figcaption{color:var(--muted);font-size:.95rem}
ol.findings{padding-left:1.5rem}ol.findings li{margin:.9rem 0;padding-left:.25rem}
.finding .actual{font-weight:700}.finding p{margin:.2rem 0}
.badge{display:inline-block;font-weight:700;padding:0 .35rem;margin-right:.35rem;border-radius:3px}
.sort{font:inherit;font-weight:700;background:none;border:none;padding:0;color:var(--accent);cursor:pointer;text-decoration:underline}
.explain dt{font-weight:700}.explain dd{margin:0 0 .6rem}
.change-better{font-weight:700}.change-worse{font-weight:700}
@media print{.skip,.sort-hint{display:none}details{display:block}details>summary{display:none}a.ref{color:#000}h2{break-before:page}header h1{font-size:1.5rem}}
${highlightCss()}
`;

export function page(title: string, body: string, context: PageContext, script = ''): string {
  return `<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Helder ${escapeHtml(context.version)}">
<title>${escapeHtml(title)}</title>
<style>${css}</style>
</head>
<body>
<a class="skip" href="#inhoud">Naar de inhoud</a>
${body}
<footer class="muted"><p>Gemaakt met Helder ${escapeHtml(context.version)} op ${escapeHtml(context.generated.toLocaleDateString('nl-NL', {day: 'numeric', month: 'long', year: 'numeric'}))}. Helder controleert teksten op taalniveau B1 volgens de aanpak Direct Duidelijk. De cijfers zijn schattingen: lees de tekst altijd zelf en test hem bij voorkeur met lezers.</p></footer>
${script ? `<script>${script}</script>` : ''}
</body>
</html>
`;
}

/** What the figures mean, once per page. */
export function figuresExplained(): string {
  return `<dl class="explain">
<dt>Flesch-Douma</dt><dd>Een leesbaarheidsscore van ongeveer 0 tot 100: hoe hoger, hoe makkelijker. Hij rekent met de lengte van zinnen en woorden. Voor taalniveau B1 is ongeveer ${B1_FLESCH_DOUMA} of meer een goed doel.</dd>
<dt>Leesindex Brouwer</dt><dd>Een tweede score op dezelfde manier, met andere gewichten. Ook hier: hoe hoger, hoe makkelijker.</dd>
<dt>Geschat taalniveau</dt><dd>Een schatting uit de Flesch-Douma-score, geen toets. Een tekst kan korte zinnen hebben en toch moeilijk zijn door vaktaal.</dd>
<dt>Woorden per zin</dt><dd>Gemiddeld hoogstens 15 woorden per zin leest prettig. Een zin van meer dan 20 woorden krijgt een melding.</dd>
</dl>`;
}

/** The language at an offset of a checked document, for `lang` attributes. */
export const languageOf = (report: Report) => (offset: number) => languageAt(report, offset);

function languageLine(report: Report): string {
  if (report.language === 'nl' && report.otherLanguage.length === 0) return '';
  return `<p>${languageSummary(report)} Elke alinea is gecontroleerd met de regels van haar taal.</p>`;
}

function englishFigures(report: Report): string {
  const english = report.readability.english;
  if (!english || english.words === 0) return '';
  return `<h4>Engelse tekst</h4><dl class="figures">
<dt lang="en">Flesch Reading Ease</dt><dd>${number(english.fleschReadingEase)}</dd>
<dt lang="en">Flesch-Kincaid</dt><dd>${number(english.fleschKincaidGrade)}</dd>
<dt>Woorden per zin</dt><dd>${number(english.wordsPerSentence)}</dd>
<dt>Woorden</dt><dd>${english.words}</dd>
</dl><p class="muted">Flesch Reading Ease: hoe hoger, hoe makkelijker; 60 of meer is goed leesbaar. Flesch-Kincaid is het Amerikaanse schooljaar dat de tekst vraagt; 8 of lager is goed.</p>`;
}

export function figuresList(report: Report): string {
  const figures = report.readability;
  if (figures.words === 0) return `${languageLine(report)}${englishFigures(report) || '<p>Geen lopende tekst om te meten.</p>'}`;
  return `${languageLine(report)}<p class="level">Geschat niveau: ${escapeHtml(figures.level.label)}</p>
<dl class="figures">
<dt>Flesch-Douma</dt><dd>${number(figures.fleschDouma)}</dd>
<dt>Leesindex Brouwer</dt><dd>${number(figures.brouwer)}</dd>
<dt>Woorden per zin</dt><dd>${number(figures.wordsPerSentence)}</dd>
<dt>Lettergrepen per woord</dt><dd>${number(figures.syllablesPerWord, 2)}</dd>
<dt>Woorden</dt><dd>${figures.words}</dd>
<dt>Zinnen</dt><dd>${figures.sentences}</dd>
<dt>Meldingen</dt><dd>${report.findings.length}</dd>
</dl>${englishFigures(report)}`;
}

/** Findings per rule, in the rules' order; only rules with findings. */
export function countsByRule(report: Report, rules: RuleInfo[]): {rule: RuleInfo; count: number}[] {
  const counts = new Map<string, number>();
  for (const finding of report.findings) counts.set(finding.ruleId, (counts.get(finding.ruleId) ?? 0) + 1);
  return rules.filter((rule) => counts.has(rule.id)).map((rule) => ({rule, count: counts.get(rule.id)!}));
}

/** The three charts of one document. `id` makes their ids unique in the page. */
export function documentCharts(id: string, report: Report, rules: RuleInfo[]): string {
  const maxWords = Number(rules.find((rule) => rule.id === 'long-sentence')?.options.maxWords ?? 20);
  const sentences = report.readability.bySentence ?? [];
  const sentenceBars: Bar[] = sentences.map((sentence, index) => ({label: `Zin ${index + 1} (regel ${sentence.start.line})`, value: sentence.words, over: sentence.words > maxWords}));
  // A score over a few words (an address line, a closing) says nothing: such lines are left out.
  const paragraphBars: Bar[] = report.readability.paragraphs
    .filter((paragraph) => paragraph.words >= MIN_PARAGRAPH_WORDS)
    .map((paragraph, index) => ({
      label: `Alinea ${index + 1} (regel ${paragraph.start.line})`,
      value: paragraph.fleschDouma,
      over: paragraph.fleschDouma < B1_FLESCH_DOUMA,
    }));
  const ruleBars: Bar[] = countsByRule(report, rules).map(({rule, count}) => ({label: rule.title, value: count}));
  const charts: string[] = [];
  if (sentenceBars.length) {
    charts.push(
      barChart({
        id: `${id}-zinnen`,
        title: 'Woorden per zin',
        description: `Elke staaf is een zin, in de volgorde van de tekst. Gearceerde staven zijn zinnen van meer dan ${maxWords} woorden.`,
        bars: sentenceBars,
        threshold: {value: maxWords, label: `${maxWords} woorden`},
        columns: ['Zin', 'Woorden'],
      }),
    );
  }
  if (paragraphBars.length) {
    charts.push(
      barChart({
        id: `${id}-alineas`,
        title: 'Flesch-Douma per alinea',
        description: `Elke staaf is een alinea van minstens ${MIN_PARAGRAPH_WORDS} woorden. Gearceerde staven liggen onder ${B1_FLESCH_DOUMA}, het doel voor taalniveau B1.`,
        bars: paragraphBars,
        threshold: {value: B1_FLESCH_DOUMA, label: `B1 (${B1_FLESCH_DOUMA})`},
        columns: ['Alinea', 'Flesch-Douma'],
      }),
    );
  }
  if (ruleBars.length) {
    charts.push(
      barChart({id: `${id}-regels`, title: 'Meldingen per soort', description: 'Hoeveel meldingen elke regel gaf.', bars: ruleBars, columns: ['Soort', 'Meldingen'], horizontal: true}),
    );
  }
  return charts.join('\n');
}

/** The findings as a numbered list; item ids `${prefix}${index}` are what the highlights link to. */
export function findingsList(findings: Finding[], prefix: string, titles: Record<string, string>, languageAtOffset?: (offset: number) => 'nl' | 'en'): string {
  if (findings.length === 0) return '<p>Geen meldingen.</p>';
  const items = findings.map((finding, index) => {
    const look = lookOf(finding.ruleId);
    const suggestions = finding.suggestions.length ? `<p>Schrijf liever: ${finding.suggestions.slice(0, 5).map((suggestion) => `<strong>${escapeHtml(suggestion)}</strong>`).join(' of ')}</p>` : '';
    const actual = finding.actual.length > 160 ? `${finding.actual.slice(0, 157)}…` : finding.actual;
    return (
      `<li id="${prefix}${index}" class="finding"><p><span class="badge k-${finding.ruleId}" aria-hidden="true">${look.code}</span>` +
      `<strong>${escapeHtml(titles[finding.ruleId] ?? finding.ruleId)}</strong> (${severityLabel[finding.severity]}, regel ${finding.start.line}): <span class="actual">‘${escapeHtml(actual)}’</span></p>` +
      `<p${languageAtOffset?.(finding.start.offset) === 'en' ? ' lang="en"' : ''}>${escapeHtml(finding.message)} ${escapeHtml(finding.explanation)}</p>${suggestions}</li>`
    );
  });
  return `<ol class="findings">${items.join('\n')}</ol>`;
}
