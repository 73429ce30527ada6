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
    out.push(`  ${readabilityLine(report.readability)}`);
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
    results.map(({file, report}) => ({file, language: report.language, readability: report.readability, findings: report.findings})),
    null,
    2,
  );
}
