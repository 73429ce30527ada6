// Which files a `.helderrc.json` names, and how a spelling word list reads, without the schema
// and YAML machinery: a host that cannot read files on request (the web extension) reads these
// itself and hands them over with the text.

/** A file the host read, or why it could not (in Dutch, for the problem list). */
export type ReadResult = {text: string} | {problem: string};

/** The word lists and spelling word lists a configuration names, as written (relative to it). */
export function referencedFiles(text: string): string[] {
  try {
    const raw = JSON.parse(text) as {wordlists?: unknown; spellingWordlists?: unknown};
    return [raw.wordlists, raw.spellingWordlists].flatMap((list) => (Array.isArray(list) ? list.filter((name): name is string => typeof name === 'string') : []));
  } catch {
    return [];
  }
}

/**
 * A spelling word list: plain UTF-8 text, one word per line; blank lines and `#` comments
 * (a whole line, or after the word) are skipped.
 */
export function spellingWordlist(path: string, file: ReadResult): {words: string[]; problem?: string} {
  if ('problem' in file) return {words: [], problem: `${path}: ${file.problem}`};
  if (file.text.includes('\uFFFD') || file.text.includes('\0')) {
    return {words: [], problem: `${path}: dit is geen tekstbestand in UTF-8; zet één woord per regel`};
  }
  const words = file.text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n|\r/)
    .map((line) => line.replace(/(^|\s)#.*$/, '').trim().replace(/[’‘]/g, "'"))
    .filter(Boolean);
  return {words};
}
