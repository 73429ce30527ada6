// The compact dictionary file (`.hdic`) shared by the build (writer) and the speller (reader):
// a JSON header followed by a minimised word graph (DAWG) of every surface form the Hunspell
// dictionary generates, each form carrying an index into a table of analysis signatures.

export const MAGIC = 'HDIC3';

/** Bits of one analysis of a surface form (a root with at most one prefix and one suffix). */
export const Bit = {
  /** Valid as a word on its own. */
  alone: 1 << 0,
  /** May begin a compound (COMPOUNDBEGIN on root or affix, affixes permitted there). */
  begin: 1 << 1,
  middle: 1 << 2,
  end: 1 << 3,
  /** The form is itself a FORBIDDENWORD dictionary entry. */
  forbidden: 1 << 4,
  /** The root has FORCEUCASE: a compound ending in it must be capitalised. */
  forceUpper: 1 << 5,
  /** KEEPCASE: only the exact case is correct. */
  keepCase: 1 << 6,
  noSuggest: 1 << 7,
  /** The form is a bare dictionary root (COMPOUNDRULE parts must be). */
  root: 1 << 8,
  /** Valid as the affixed last part of a COMPOUNDRULE compound (affix check without a needed flag). */
  endAffixed: 1 << 9,
  /** The form is spelled as its root (a bare root, or a root with an empty affix). */
  rootSpelling: 1 << 10,
  /** From this bit on: the root's flags that CHECKCOMPOUNDPATTERN tests (header.patternFlags). */
  patternBase: 11,
} as const;

export interface CompoundPattern {
  /** The first part must end with this (empty: any). */
  end: string;
  /** Index of the flag the first part's root must have (-1: none). */
  flag1: number;
  /** The second part must start with this (empty: any). */
  begin: string;
  flag2: number;
}

export interface DictionaryHeader {
  language: 'nl' | 'en';
  /** Lines of the affix file that nspell's suggestion engine reads (TRY, KEY, REP, ICONV, OCONV…). */
  suggestAff: string;
  iconv: [string, string][];
  oconv: [string, string][];
  compounding: boolean;
  checkCompoundCase: boolean;
  checkCompoundDup: boolean;
  /** Flags tested by CHECKCOMPOUNDPATTERN, in the order of their bits from Bit.patternBase. */
  patternFlags: string[];
  patterns: CompoundPattern[];
  /** Flags used by COMPOUNDRULE, in the order of their bits in an analysis' second word. */
  ruleFlags: string[];
  /** Each COMPOUNDRULE as indexes into ruleFlags (only fixed sequences are supported). */
  rules: number[][];
  /** Analysis sets: per set, pairs of [bits, rule-flag bits]. Index 0 is unused. */
  analyses: number[][];
  edgeCount: number;
  formCount: number;
  source: string;
}

// An edge is two uint32: [char code (16 bits) | last-edge bit | analysis set (15 bits)], [target block].
export const LAST_EDGE = 1 << 16;
export const VALUE_SHIFT = 17;
export const MAX_VALUE = (1 << 15) - 1;
/** The target of an edge into a node without outgoing edges. */
export const NO_CHILDREN = 0xffffffff;

export function encodeDictionary(header: DictionaryHeader, edges: Uint32Array): Uint8Array {
  const json = new TextEncoder().encode(JSON.stringify(header));
  const headerLength = MAGIC.length + 4 + json.length;
  const padded = Math.ceil(headerLength / 4) * 4;
  const bytes = new Uint8Array(padded + edges.byteLength);
  bytes.set(new TextEncoder().encode(MAGIC), 0);
  new DataView(bytes.buffer).setUint32(MAGIC.length, json.length, true);
  bytes.set(json, MAGIC.length + 4);
  bytes.set(new Uint8Array(edges.buffer, edges.byteOffset, edges.byteLength), padded);
  return bytes;
}

export function decodeDictionary(input: Uint8Array | ArrayBuffer): {header: DictionaryHeader; edges: Uint32Array} {
  const bytes = input instanceof Uint8Array ? input : new Uint8Array(input);
  const magic = new TextDecoder().decode(bytes.subarray(0, MAGIC.length));
  if (magic !== MAGIC) throw new Error(`Dit is geen Helder-woordenboek (verwacht ${MAGIC}, gevonden '${magic}'). Voer 'npm run build' opnieuw uit.`);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const jsonLength = view.getUint32(MAGIC.length, true);
  const header = JSON.parse(new TextDecoder().decode(bytes.subarray(MAGIC.length + 4, MAGIC.length + 4 + jsonLength))) as DictionaryHeader;
  const start = Math.ceil((MAGIC.length + 4 + jsonLength) / 4) * 4;
  // Copy when unaligned (a Buffer from fs may sit at any offset of a shared pool).
  const aligned = (bytes.byteOffset + start) % 4 === 0;
  const edges = aligned
    ? new Uint32Array(bytes.buffer, bytes.byteOffset + start, header.edgeCount * 2)
    : new Uint32Array(bytes.slice(start, start + header.edgeCount * 8).buffer);
  return {header, edges};
}
