// Build step: expands a Hunspell dictionary (affix rules parsed by nspell) into every surface
// form, works out per form in which compound positions Hunspell would accept it, and packs
// the result as a minimised word graph. Doing this at build time is what makes loading fast.
//
// The compound positions follow Hunspell's affixmgr (compound_check, prefix_check,
// suffix_check): a part found through an affix needs the COMPOUNDBEGIN/MIDDLE/END flag on its
// root or on the affix's continuation class; suffixes inside a compound and prefixes at its
// end need COMPOUNDPERMITFLAG; ONLYINCOMPOUND roots and affixes are valid only inside one.
import parseAffix from 'nspell/lib/util/affix.js';
import {Bit, type CompoundPattern, type DictionaryHeader, encodeDictionary, LAST_EDGE, MAX_VALUE, NO_CHILDREN, VALUE_SHIFT} from './format.js';

interface AffixEntry {
  add: string;
  remove: RegExp | '';
  match: RegExp | '';
  continuation: string[];
}

interface AffixRule {
  type: 'PFX' | 'SFX';
  combineable: boolean;
  entries: AffixEntry[];
}

interface Directives {
  flags: Record<string, string>;
  patterns: {end: string; flag1: string; begin: string; flag2: string}[];
  rules: string[][];
  iconv: [string, string][];
  oconv: [string, string][];
  suggestLines: string[];
}

export interface CompileOptions {
  language?: 'nl' | 'en';
  /** Follow the compound directives (Dutch); off for English. */
  compounds?: boolean;
  /** Where the dictionary came from, kept in the header. */
  source?: string;
}

const SUGGEST_DIRECTIVES = new Set(['SET', 'TRY', 'KEY', 'REP', 'MAP', 'FLAG', 'ICONV', 'OCONV', 'NOSUGGEST', 'KEEPCASE', 'FORBIDDENWORD']);

/** Directives nspell's affix parser skips or reads one character at a time. */
function readDirectives(aff: string): Directives {
  const flags: Record<string, string> = {};
  const patterns: Directives['patterns'] = [];
  const rules: string[][] = [];
  const iconv: [string, string][] = [];
  const oconv: [string, string][] = [];
  const suggestLines: string[] = [];
  let long = false;
  const lines = aff.split(/\r?\n/);
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index].replace(/\s+#.*$/, '').trim();
    if (!line || line.startsWith('#')) continue;
    const parts = line.split(/\s+/);
    const name = parts[0];
    if (SUGGEST_DIRECTIVES.has(name)) suggestLines.push(line);
    if (name === 'FLAG') long = parts[1] === 'long';
    if (name === 'PFX' || name === 'SFX') continue;
    if (name === 'COMPOUNDRULE' && parts.length === 2 && /^\d+$/.test(parts[1])) continue;
    if (name === 'COMPOUNDRULE') {
      // Only fixed sequences: `(N1)(n2)` with long flags, or `ab` with single-letter flags.
      const body = parts[1];
      if (/[*?]/.test(body)) continue;
      const sequence = long || body.includes('(') ? [...body.matchAll(/\(([^)]+)\)/g)].map((match) => match[1]) : [...body];
      if (sequence.length > 0) rules.push(sequence);
    } else if (name === 'CHECKCOMPOUNDPATTERN' && parts.length >= 3) {
      const [end, flag1 = ''] = parts[1].split('/');
      const [begin, flag2 = ''] = parts[2].split('/');
      patterns.push({end, flag1, begin, flag2});
    } else if ((name === 'ICONV' || name === 'OCONV') && parts.length === 3) {
      (name === 'ICONV' ? iconv : oconv).push([parts[1], parts[2]]);
    } else if (parts.length >= 2 && !/^\d+$/.test(parts[1]) && !(name in flags)) {
      flags[name] = parts[1];
    } else if (parts.length === 1) {
      flags[name] = '';
    }
  }
  return {flags, patterns, rules, iconv, oconv, suggestLines};
}

function splitFlags(value: string, long: boolean): string[] {
  if (!value) return [];
  if (!long) return [...value];
  const result: string[] = [];
  for (let index = 0; index < value.length; index += 2) result.push(value.slice(index, index + 2));
  return result;
}

interface DicEntry {
  word: string;
  flags: Set<string>;
}

function readDic(dic: string, long: boolean): DicEntry[] {
  const entries: DicEntry[] = [];
  const lines = dic.split(/\r?\n/);
  for (let index = 1; index < lines.length; index++) {
    let line = lines[index];
    if (!line || line.charCodeAt(0) === 9) continue;
    // Morphological fields follow a tab or space; an escaped slash belongs to the word.
    line = line.split(/[\t ]/)[0];
    let slash = line.indexOf('/');
    while (slash > 0 && line[slash - 1] === '\\') {
      line = line.slice(0, slash - 1) + line.slice(slash);
      slash = line.indexOf('/', slash);
    }
    const word = slash >= 0 ? line.slice(0, slash) : line;
    if (!word) continue;
    entries.push({word, flags: new Set(splitFlags(slash >= 0 ? line.slice(slash + 1) : '', long))});
  }
  return entries;
}

function applyEntry(rule: AffixRule, entry: AffixEntry, word: string): string | undefined {
  if (entry.match && !entry.match.test(word)) return undefined;
  if (rule.type === 'SFX') {
    if (entry.remove) {
      if (!entry.remove.test(word)) return undefined;
      const stripped = word.replace(entry.remove, '');
      if (stripped.length === 0) return undefined;
      return stripped + entry.add;
    }
    return word + entry.add;
  }
  if (entry.remove) {
    if (!entry.remove.test(word)) return undefined;
    const stripped = word.replace(entry.remove, '');
    if (stripped.length === 0) return undefined;
    return entry.add + stripped;
  }
  return entry.add + word;
}

/** Compiles `.aff` and `.dic` text to the `.hdic` bytes the speller loads. */
export function compileDictionary(affText: string, dicText: string, options: CompileOptions = {}): Uint8Array {
  const compounds = options.compounds ?? true;
  const parsed = parseAffix(affText) as {rules: Record<string, AffixRule>};
  const affixRules = parsed.rules;
  const directives = readDirectives(affText);
  const long = directives.flags.FLAG === 'long';
  const flag = (name: string) => directives.flags[name] || undefined;
  const begin = compounds ? flag('COMPOUNDBEGIN') : undefined;
  const middle = compounds ? flag('COMPOUNDMIDDLE') : undefined;
  const end = compounds ? flag('COMPOUNDEND') : undefined;
  const permit = flag('COMPOUNDPERMITFLAG');
  const onlyIn = flag('ONLYINCOMPOUND');
  const forbidden = flag('FORBIDDENWORD');
  const needAffix = flag('NEEDAFFIX');
  const keepCase = flag('KEEPCASE');
  const noSuggest = flag('NOSUGGEST');
  const forceUpper = flag('FORCEUCASE');

  const patterns = compounds ? directives.patterns : [];
  const patternFlags = [...new Set(patterns.flatMap((pattern) => [pattern.flag1, pattern.flag2]).filter(Boolean))];
  const rules = compounds ? directives.rules : [];
  const ruleFlags = [...new Set(rules.flat())];
  if (patternFlags.length > 32 - Bit.patternBase) throw new Error('Te veel vlaggen in CHECKCOMPOUNDPATTERN.');
  if (ruleFlags.length > 31) throw new Error('Te veel vlaggen in COMPOUNDRULE.');

  const forms = new Map<string, Set<string>>();
  const addAnalysis = (form: string, bits: number, ruleBits: number) => {
    let set = forms.get(form);
    if (!set) forms.set(form, (set = new Set()));
    set.add(`${bits >>> 0},${ruleBits >>> 0}`);
  };

  const has = (set: Iterable<string> | undefined, name: string | undefined) => {
    if (!name || !set) return false;
    for (const item of set) if (item === name) return true;
    return false;
  };

  for (const {word, flags} of readDic(dicText, long)) {
    const rootBits =
      (has(flags, forceUpper) ? Bit.forceUpper : 0) |
      (has(flags, keepCase) ? Bit.keepCase : 0) |
      (has(flags, noSuggest) ? Bit.noSuggest : 0) |
      patternFlags.reduce((bits, name, index) => (flags.has(name) ? bits | (1 << (Bit.patternBase + index)) : bits), 0);
    const ruleBits = ruleFlags.reduce((bits, name, index) => (flags.has(name) ? bits | (1 << index) : bits), 0);
    const rootOnlyIn = has(flags, onlyIn);
    const rootForbidden = has(flags, forbidden);
    const rootNeedsAffix = has(flags, needAffix);

    // The bare root.
    if (!rootNeedsAffix) {
      // A forbidden root keeps its compound flags: Hunspell rejects a compound that would use it.
      let bits = rootBits | Bit.root | Bit.rootSpelling;
      if (rootForbidden) bits |= Bit.forbidden;
      else if (!rootOnlyIn) bits |= Bit.alone;
      if (has(flags, begin)) bits |= Bit.begin;
      if (has(flags, middle)) bits |= Bit.middle;
      if (has(flags, end)) bits |= Bit.end;
      if (ruleBits && !rootForbidden) bits |= Bit.endAffixed;
      addAnalysis(word, bits, ruleBits);
    }

    // One analysis per (prefix?, suffix?) derivation, in Hunspell's terms.
    const derive = (form: string, prefix: AffixEntry | undefined, suffix: AffixEntry | undefined) => {
      const pc = prefix?.continuation;
      const sc = suffix?.continuation;
      const needs = (name: string | undefined) => has(flags, name) || (suffix ? has(sc, name) : has(pc, name));
      // A forbidden root forbids its derived forms too, alone and in compounds.
      if (rootForbidden) return;
      // A hyphen added for compounding (versie-) leaves the root's spelling.
      let bits = rootBits | (form.replace(/^-|-$/g, '') === word ? Bit.rootSpelling : 0);
      if (!rootOnlyIn && !has(pc, onlyIn) && !has(sc, onlyIn) && !(has(pc, needAffix) && !suffix)) {
        bits |= Bit.alone;
      }
      // Inside a compound (begin and middle are both checked as IN_CPD_BEGIN): suffixes need
      // COMPOUNDPERMITFLAG, prefixes are allowed.
      const suffixInside = !suffix || has(sc, permit);
      if (suffixInside && needs(begin)) bits |= Bit.begin;
      if (suffixInside && needs(middle)) bits |= Bit.middle;
      // At the end: prefixes need COMPOUNDPERMITFLAG, suffixes are allowed.
      const prefixAtEnd = !prefix || has(pc, permit);
      if (prefixAtEnd && needs(end)) bits |= Bit.end;
      if (prefixAtEnd && ruleBits) bits |= Bit.endAffixed;
      addAnalysis(form, bits, ruleBits);
    };

    const suffixForms: {form: string; rule: AffixRule; entry: AffixEntry}[] = [];
    for (const name of flags) {
      const rule = affixRules[name];
      if (!rule || rule.type !== 'SFX') continue;
      for (const entry of rule.entries) {
        const form = applyEntry(rule, entry, word);
        if (form === undefined) continue;
        suffixForms.push({form, rule, entry});
        derive(form, undefined, entry);
      }
    }
    // Prefixes named on the root, or enabled by a suffix's continuation class (aller+grootst).
    const prefixNames = new Set<string>();
    for (const name of flags) if (affixRules[name]?.type === 'PFX') prefixNames.add(name);
    for (const {entry} of suffixForms) for (const name of entry.continuation) if (affixRules[name]?.type === 'PFX') prefixNames.add(name);
    for (const name of prefixNames) {
      const rule = affixRules[name];
      for (const entry of rule.entries) {
        if (flags.has(name)) {
          const form = applyEntry(rule, entry, word);
          if (form !== undefined) derive(form, entry, undefined);
        }
        if (!rule.combineable) continue;
        for (const suffixed of suffixForms) {
          if (!suffixed.rule.combineable) continue;
          if (!flags.has(name) && !suffixed.entry.continuation.includes(name)) continue;
          const form = applyEntry(rule, entry, suffixed.form);
          if (form !== undefined) derive(form, entry, suffixed.entry);
        }
      }
    }
  }

  // Analysis sets, interned; a form's value in the graph is its set's index.
  const setIndex = new Map<string, number>();
  const analyses: number[][] = [[]];
  const values = new Map<string, number>();
  for (const [form, set] of forms) {
    const key = [...set].sort().join(';');
    let index = setIndex.get(key);
    if (index === undefined) {
      index = analyses.length;
      if (index > MAX_VALUE) throw new Error('Te veel verschillende analyses voor het woordenboekformaat.');
      setIndex.set(key, index);
      analyses.push(key.split(';').flatMap((pair) => pair.split(',').map(Number)));
    }
    values.set(form, index);
  }

  const edges = buildGraph(values);
  const header: DictionaryHeader = {
    language: options.language ?? 'nl',
    suggestAff: directives.suggestLines.join('\n'),
    iconv: directives.iconv,
    oconv: directives.oconv,
    compounding: compounds && Boolean(begin || end || rules.length),
    checkCompoundCase: compounds && 'CHECKCOMPOUNDCASE' in directives.flags,
    checkCompoundDup: compounds && 'CHECKCOMPOUNDDUP' in directives.flags,
    patternFlags,
    patterns: patterns.map(
      (pattern): CompoundPattern => ({
        end: pattern.end,
        flag1: pattern.flag1 ? patternFlags.indexOf(pattern.flag1) : -1,
        begin: pattern.begin,
        flag2: pattern.flag2 ? patternFlags.indexOf(pattern.flag2) : -1,
      }),
    ),
    ruleFlags,
    rules: rules.map((sequence) => sequence.map((name) => ruleFlags.indexOf(name))),
    analyses,
    edgeCount: edges.length / 2,
    formCount: values.size,
    source: options.source ?? '',
  };
  return encodeDictionary(header, edges);
}

interface GraphNode {
  id: number;
  value: number;
  chars: number[];
  children: GraphNode[];
}

/**
 * Daciuk's incremental construction of a minimal acyclic automaton from sorted words,
 * then laid out as edge blocks: a node's outgoing edges are contiguous, sorted by char.
 */
function buildGraph(values: Map<string, number>): Uint32Array {
  const words = [...values.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  let nextId = 0;
  const makeNode = (): GraphNode => ({id: nextId++, value: 0, chars: [], children: []});
  const root = makeNode();
  const register = new Map<string, GraphNode>();
  const keyOf = (node: GraphNode) => {
    let key = `${node.value}`;
    for (let index = 0; index < node.chars.length; index++) key += `,${node.chars[index]}:${node.children[index].id}`;
    return key;
  };
  // The path of the previous word, whose tail is still open for minimisation.
  const path: GraphNode[] = [root];
  let previous = '';
  const minimise = (downTo: number) => {
    for (let depth = path.length - 1; depth > downTo; depth--) {
      const node = path[depth];
      const parent = path[depth - 1];
      const key = keyOf(node);
      const existing = register.get(key);
      if (existing) parent.children[parent.children.length - 1] = existing;
      else register.set(key, node);
      path.pop();
    }
  };
  for (const word of words) {
    let common = 0;
    while (common < word.length && common < previous.length && word.charCodeAt(common) === previous.charCodeAt(common)) common++;
    minimise(common);
    let node = path[common];
    for (let index = common; index < word.length; index++) {
      const child = makeNode();
      node.chars.push(word.charCodeAt(index));
      node.children.push(child);
      path.push(child);
      node = child;
    }
    node.value = values.get(word)!;
    previous = word;
  }
  minimise(0);

  // Lay out: block of edges per node with children; block 0 is the root's.
  const blockOf = new Map<GraphNode, number>();
  const order: GraphNode[] = [];
  let edgeCount = 0;
  const queue: GraphNode[] = [root];
  blockOf.set(root, 0);
  edgeCount += root.chars.length;
  order.push(root);
  for (let head = 0; head < queue.length; head++) {
    for (const child of queue[head].children) {
      if (child.chars.length === 0 || blockOf.has(child)) continue;
      blockOf.set(child, edgeCount);
      edgeCount += child.chars.length;
      order.push(child);
      queue.push(child);
    }
  }
  const edges = new Uint32Array(edgeCount * 2);
  for (const node of order) {
    const start = blockOf.get(node)!;
    node.chars.forEach((char, index) => {
      const child = node.children[index];
      const last = index === node.chars.length - 1 ? LAST_EDGE : 0;
      edges[(start + index) * 2] = char | last | (child.value << VALUE_SHIFT);
      edges[(start + index) * 2 + 1] = child.chars.length === 0 ? NO_CHILDREN : blockOf.get(child)!;
    });
  }
  return edges;
}
