// Turns reports into what a person reads in a terminal, or into JSON for other tools.
import type {Finding, ReadabilityReport, Report} from '../lint-rules/index.js';

export interface FileResult {
  file: string;
  report: Report;
}

const severityLabel: Record<Finding['severity'], string> = {error: 'fout', warning: 'waarschuwing', info: 'info'};

export interface Style {
  bold(text: string): string;
  dim(text: string): string;
  severity(severity: Finding['severity'], text: string): string;
}

export const plainStyle: Style = {bold: (t) => t, dim: (t) => t, severity: (_s, t) => t};

export const ansiStyle: Style = {
  bold: (t) => `\x1b[1m${t}\x1b[22m`,
  dim: (t) => `\x1b[2m${t}\x1b[22m`,
  severity: (s, t) => `\x1b[${s === 'error' ? 31 : s === 'warning' ? 33 : 36}m${t}\x1b[39m`,
};

const number = (value: number, digits = 1) => value.toLocaleString('nl-NL', {maximumFractionDigits: digits, minimumFractionDigits: digits});

const languageName = {nl: 'Nederlands', en: 'Engels'} as const;

/** The language line: only when it is not plain Dutch throughout. */
export function languageLine(report: Report): string | undefined {
  const parts = report.otherLanguage.length;
  if (report.language === 'nl' && parts === 0) return undefined;
  const other = parts ? `, met ${parts} ${parts === 1 ? 'stuk' : 'stukken'} in het ${languageName[report.language === 'nl' ? 'en' : 'nl']} (gecontroleerd met de regels van die taal)` : '';
  return `Taal: ${languageName[report.language]}${other}.`;
}

/** English figures, in English: they belong to the English text. */
export function englishReadabilityLine(readability: ReadabilityReport): string | undefined {
  const english = readability.english;
  if (!english || english.words === 0) return undefined;
  const value = (figure: number, digits = 1) => figure.toFixed(digits);
  return (
    `Readability (English, estimate): Flesch Reading Ease ${value(english.fleschReadingEase)} · Flesch-Kincaid grade ${value(english.fleschKincaidGrade)} · ` +
    `${value(english.wordsPerSentence)} words per sentence · ${english.words} ${english.words === 1 ? 'word' : 'words'}, ${english.sentences} ${english.sentences === 1 ? 'sentence' : 'sentences'}`
  );
}

export function readabilityLine(readability: ReadabilityReport): string {
  if (readability.words === 0) return 'Leesbaarheid: geen lopende tekst om te meten.';
  return (
    `Leesbaarheid (schatting): ${readability.level.label} · Flesch-Douma ${number(readability.fleschDouma)} · ` +
    `Brouwer ${number(readability.brouwer)} · ${number(readability.wordsPerSentence)} woorden per zin · ` +
    `${number(readability.syllablesPerWord, 2)} lettergrepen per woord · ${readability.words} ${readability.words === 1 ? 'woord' : 'woorden'}, ${readability.sentences} ${readability.sentences === 1 ? 'zin' : 'zinnen'}`
  );
}

export function formatText(results: FileResult[], style: Style): string {
  const out: string[] = [];
  const totals = {error: 0, warning: 0, info: 0};
  for (const {file, report} of results) {
    out.push(style.bold(file));
    for (const finding of report.findings) {
      totals[finding.severity]++;
      const where = `${finding.start.line}:${finding.start.column}`.padEnd(8);
      const severity = style.severity(finding.severity, severityLabel[finding.severity].padEnd(12));
      out.push(`  ${where}${severity} ${style.dim(finding.ruleId.padEnd(14))} ${finding.message}`);
      if (finding.suggestions.length) out.push(`  ${' '.repeat(8 + 12 + 1 + 14)} → ${finding.suggestions.join(' | ')}`);
    }
    if (report.findings.length === 0) out.push('  Geen meldingen.');
    const language = languageLine(report);
    if (language) out.push(`  ${language}`);
    // An English text has no Dutch figures to show; a mixed one shows both.
    if (report.readability.words > 0 || !report.readability.english) out.push(`  ${readabilityLine(report.readability)}`);
    const english = englishReadabilityLine(report.readability);
    if (english) out.push(`  ${english}`);
    out.push('');
  }
  const count = totals.error + totals.warning + totals.info;
  out.push(
    `${count} ${count === 1 ? 'melding' : 'meldingen'} (${totals.error} ${totals.error === 1 ? 'fout' : 'fouten'}, ` +
      `${totals.warning} ${totals.warning === 1 ? 'waarschuwing' : 'waarschuwingen'}, ${totals.info} info) in ` +
      `${results.length} ${results.length === 1 ? 'bestand' : 'bestanden'}.`,
  );
  return out.join('\n');
}

export function formatJson(results: FileResult[]): string {
  return JSON.stringify(
    results.map(({file, report}) => ({file, language: report.language, otherLanguage: report.otherLanguage, readability: report.readability, findings: report.findings})),
    null,
    2,
  );
}
