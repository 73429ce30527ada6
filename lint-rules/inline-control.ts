// Inline control, in Markdown and plain text alike:
//   <!-- helder-disable [rule-id, …] -->   off from here (all rules when none is named)
//   <!-- helder-enable [rule-id, …] -->    on again
//   <!-- helder-disable-next-line [rule-id, …] -->
// The comments are HTML comments, so Markdown renders them invisibly; in plain text they are
// masked like URLs, so no rule reads them as prose.

export const CONTROL_COMMENT = /<!--\s*helder-(disable-next-line|disable|enable)\b([^>]*?)\s*-->/g;

interface Span {
  /** Rule ids, or null for every rule. */
  rules: Set<string> | null;
  start: number;
  end: number;
}

export interface InlineControl {
  /** Whether a finding of `ruleId` starting at `offset` is switched off by a comment. */
  disabled(ruleId: string, offset: number): boolean;
  /** Rule ids named in comments that no rule has (for a warning to the writer). */
  unknownRules(known: Set<string>): string[];
}

function ruleList(text: string): Set<string> | null {
  const ids = text
    .split(/[\s,]+/)
    .map((id) => id.trim())
    .filter(Boolean);
  return ids.length ? new Set(ids) : null;
}

export function readInlineControl(doc: string): InlineControl {
  const spans: Span[] = [];
  const named = new Set<string>();
  // Open regions per rule id ('*' for all rules).
  const open = new Map<string, number>();
  for (const match of doc.matchAll(CONTROL_COMMENT)) {
    const [comment, kind, list] = match;
    const at = match.index!;
    const rules = ruleList(list);
    for (const id of rules ?? []) named.add(id);
    if (kind === 'disable-next-line') {
      const lineEnd = doc.indexOf('\n', at + comment.length);
      if (lineEnd < 0) continue;
      // The next line with text; a blank line in between ends nothing, it is simply skipped.
      let start = lineEnd + 1;
      while (start < doc.length && /^[ \t]*\r?\n/.test(doc.slice(start, start + 200))) start = doc.indexOf('\n', start) + 1;
      const next = doc.indexOf('\n', start);
      spans.push({rules, start, end: next < 0 ? doc.length : next});
    } else if (kind === 'disable') {
      for (const id of rules ?? ['*']) if (!open.has(id)) open.set(id, at + comment.length);
    } else {
      const closing = rules ? [...rules] : [...open.keys()];
      for (const id of closing) {
        const start = open.get(id);
        if (start === undefined) continue;
        spans.push({rules: id === '*' ? null : new Set([id]), start, end: at});
        open.delete(id);
      }
    }
  }
  for (const [id, start] of open) spans.push({rules: id === '*' ? null : new Set([id]), start, end: doc.length});
  return {
    disabled: (ruleId, offset) => spans.some((span) => offset >= span.start && offset < span.end && (!span.rules || span.rules.has(ruleId))),
    unknownRules: (known) => [...named].filter((id) => !known.has(id)),
  };
}

/** The control comments replaced by spaces, so offsets stay exact. */
export function maskControlComments(text: string): string {
  return text.replace(CONTROL_COMMENT, (comment) => comment.replace(/[^\n]/g, ' '));
}
