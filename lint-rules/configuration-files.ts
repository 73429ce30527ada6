// Which files a `.helderrc.json` names, without reading it any further: a host that cannot read
// files itself on request (the web extension) reads these and hands them over with the text.

/** The word lists and spelling word lists a configuration names, as written (relative to it). */
export function referencedFiles(text: string): string[] {
  try {
    const raw = JSON.parse(text) as {wordlists?: unknown; spellingWordlists?: unknown};
    return [raw.wordlists, raw.spellingWordlists].flatMap((list) => (Array.isArray(list) ? list.filter((name): name is string => typeof name === 'string') : []));
  } catch {
    return [];
  }
}
