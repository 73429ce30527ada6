// Document and paragraph readability with the two Dutch formulas. The level is an estimate
// from Flesch-Douma, not a validated CEFR test; docs/regels/readability.md says so too.
import type {Analysis, SentenceInfo} from './analysis.js';
import {isProse} from './analysis.js';
import type {PositionIndex} from './parse.js';
import type {LevelEstimate, ParagraphReadability, ReadabilityFigures, ReadabilityReport, SentenceReadability} from './types.js';

export function fleschDouma(wordsPerSentence: number, syllablesPerWord: number): number {
  return 206.835 - 0.93 * wordsPerSentence - 77 * syllablesPerWord;
}

export function brouwer(wordsPerSentence: number, syllablesPerWord: number): number {
  return 195 - 2 * wordsPerSentence - 66.7 * syllablesPerWord;
}

/** Score bands for the estimated level; our own calibration, documented in the rule page. */
export const levelBands: {min: number; estimate: LevelEstimate}[] = [
  {min: 80, estimate: {code: 'A2', label: 'ongeveer A2 (makkelijk)'}},
  {min: 65, estimate: {code: 'B1', label: 'ongeveer B1'}},
  {min: 50, estimate: {code: 'B2', label: 'moeilijker dan B1 (ongeveer B2)'}},
  {min: 35, estimate: {code: 'C1', label: 'veel moeilijker dan B1 (ongeveer C1)'}},
  {min: -Infinity, estimate: {code: 'C2', label: 'zeer moeilijk (C1 of hoger)'}},
];

export function estimateLevel(score: number, words: number): LevelEstimate {
  if (words === 0) return {code: 'onbekend', label: 'geen tekst om te meten'};
  return levelBands.find((band) => score >= band.min)!.estimate;
}

const round = (value: number, digits = 1) => Math.round(value * 10 ** digits) / 10 ** digits;

export function figures(sentences: SentenceInfo[]): ReadabilityFigures {
  let words = 0;
  let syllables = 0;
  let polysyllabic = 0;
  let counted = 0;
  for (const sentence of sentences) {
    if (sentence.words.length === 0) continue;
    counted++;
    words += sentence.words.length;
    syllables += sentence.syllables;
    polysyllabic += sentence.polysyllabic;
  }
  const wordsPerSentence = counted ? words / counted : 0;
  const syllablesPerWord = words ? syllables / words : 0;
  const fd = words ? fleschDouma(wordsPerSentence, syllablesPerWord) : 0;
  return {
    words,
    sentences: counted,
    syllables,
    wordsPerSentence: round(wordsPerSentence),
    syllablesPerWord: round(syllablesPerWord, 2),
    polysyllabicShare: words ? round(polysyllabic / words, 3) : 0,
    fleschDouma: round(fd),
    brouwer: words ? round(brouwer(wordsPerSentence, syllablesPerWord)) : 0,
    level: estimateLevel(fd, words),
  };
}

/** Figures for the whole document and each prose paragraph; headings and table cells are left out. */
export function readabilityReport(analysis: Analysis, index: PositionIndex, options: {bySentence?: boolean} = {}): ReadabilityReport {
  const prose = analysis.paragraphs.filter((paragraph) => isProse(paragraph.kind) && paragraph.sentences.length > 0);
  const paragraphs: ParagraphReadability[] = prose.map((paragraph) => ({
    kind: paragraph.kind,
    start: index.toPoint(paragraph.node.position!.start.offset!),
    end: index.toPoint(paragraph.node.position!.end.offset!),
    ...figures(paragraph.sentences),
  }));
  const report: ReadabilityReport = {...figures(prose.flatMap((paragraph) => paragraph.sentences)), paragraphs};
  if (options.bySentence) {
    report.bySentence = prose.flatMap((paragraph, paragraphIndex) =>
      paragraph.sentences
        .filter((sentence) => sentence.words.length > 0)
        .map(
          (sentence): SentenceReadability => ({
            start: index.toPoint(sentence.node.position!.start.offset!),
            end: index.toPoint(sentence.node.position!.end.offset!),
            words: sentence.words.length,
            syllables: sentence.syllables,
            fleschDouma: round(fleschDouma(sentence.words.length, sentence.syllables / sentence.words.length)),
            paragraph: paragraphIndex,
          }),
        ),
    );
  }
  return report;
}
