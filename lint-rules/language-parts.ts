// Small enough for a page bundle that needs only this, not the engine (the Word task pane).
import type {Language, Report} from './types.js';

/** The language of the text at an offset of a checked document (a finding's language, for `lang` in a page). */
export function languageAt(report: Pick<Report, 'language' | 'otherLanguage'>, offset: number): Language {
  const part = report.otherLanguage.find((candidate) => candidate.start.offset <= offset && offset < candidate.end.offset);
  return part ? part.language : report.language;
}

const languageNames = {nl: 'Nederlands', en: 'Engels'} as const;

/** "Taal: Nederlands, met 1 stuk Engels." for the pages that show a checked document's language. */
export function languageSummary(report: Pick<Report, 'language' | 'otherLanguage'>): string {
  const parts = report.otherLanguage.length;
  const other = languageNames[report.language === 'nl' ? 'en' : 'nl'];
  return `Taal: ${languageNames[report.language]}${parts ? `, met ${parts} ${parts === 1 ? 'stuk' : 'stukken'} ${other}` : ''}.`;
}
