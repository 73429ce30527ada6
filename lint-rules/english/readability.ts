// Document figures for English text: Flesch Reading Ease and Flesch-Kincaid grade, with
// syllables counted by the `syllable` package (the one retext-readability uses).
import {syllable} from 'syllable';
import type {EnglishReadabilityFigures} from '../types.js';

/** The figures' shape is the engine's report type (`readability.english`). */
export type EnglishReadability = EnglishReadabilityFigures;

export function fleschReadingEase(wordsPerSentence: number, syllablesPerWord: number): number {
  return 206.835 - 1.015 * wordsPerSentence - 84.6 * syllablesPerWord;
}

export function fleschKincaidGrade(wordsPerSentence: number, syllablesPerWord: number): number {
  return 0.39 * wordsPerSentence + 11.8 * syllablesPerWord - 15.59;
}

/** Syllables in one word; a word the counter gives 0 (a number such as "14") counts as 1. */
export function countSyllables(word: string): number {
  return Math.max(1, syllable(word));
}

const round = (value: number, digits = 1) => Math.round(value * 10 ** digits) / 10 ** digits;

/** Figures from per-sentence counts; sentences without words are left out. */
export function englishFigures(sentences: {words: number; syllables: number}[]): EnglishReadability {
  let words = 0;
  let syllables = 0;
  let counted = 0;
  for (const sentence of sentences) {
    if (sentence.words === 0) continue;
    counted++;
    words += sentence.words;
    syllables += sentence.syllables;
  }
  return figuresFromTotals(words, counted, syllables);
}

/** Figures from totals (the English paragraphs of a document together). */
export function figuresFromTotals(words: number, sentences: number, syllables: number): EnglishReadability {
  if (words === 0 || sentences === 0) {
    return {words: 0, sentences: 0, syllables: 0, wordsPerSentence: 0, syllablesPerWord: 0, fleschReadingEase: 0, fleschKincaidGrade: 0};
  }
  const wordsPerSentence = words / sentences;
  const syllablesPerWord = syllables / words;
  return {
    words,
    sentences,
    syllables,
    wordsPerSentence: round(wordsPerSentence),
    syllablesPerWord: round(syllablesPerWord, 2),
    fleschReadingEase: round(fleschReadingEase(wordsPerSentence, syllablesPerWord)),
    fleschKincaidGrade: round(fleschKincaidGrade(wordsPerSentence, syllablesPerWord)),
  };
}
