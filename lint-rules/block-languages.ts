// Which language each block of a document is in, and the document's own language. A block too
// short to tell (a heading, an address line, a list item) goes with its neighbours: a heading
// with the paragraph under it, anything else with the document unless the blocks on both sides
// are in the other language.
import type {Block} from './blocks.js';
import {detectLanguage} from './language.js';
import type {Language, LanguageSetting} from './types.js';

export interface BlockLanguages {
  document: Language;
  blocks: Language[];
}

/** Detection per block is memoised by text: a re-check while typing detects only changed blocks. */
export type LanguageMemo = Map<string, Language | undefined>;

export function blockLanguages(blocks: Block[], setting: LanguageSetting, memo?: LanguageMemo): BlockLanguages {
  if (setting !== 'auto') return {document: setting, blocks: blocks.map(() => setting)};
  const detected = blocks.map((block) => {
    if (memo?.has(block.text)) return memo.get(block.text);
    const language = detectLanguage(block.text);
    memo?.set(block.text, language);
    return language;
  });
  // The document's language: the one with the most letters among the blocks that could be told.
  const weight: Record<Language, number> = {nl: 0, en: 0};
  detected.forEach((language, index) => {
    if (language) weight[language] += blocks[index].text.length;
  });
  const document: Language = weight.en > weight.nl ? 'en' : 'nl';
  const next: (Language | undefined)[] = [];
  for (let index = detected.length - 1, known: Language | undefined; index >= 0; index--) {
    next[index] = known;
    known = detected[index] ?? known;
  }
  let previous: Language | undefined;
  return {
    document,
    blocks: detected.map((language, index) => {
      if (language) return (previous = language);
      if (blocks[index].kind === 'heading') return next[index] ?? document;
      return previous !== undefined && previous === next[index] ? previous : document;
    }),
  };
}
