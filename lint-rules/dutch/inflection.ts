// Dutch verb and adjective forms, enough to match officialese verbs in all their
// contiguous forms and to give a suggestion in the same form as the matched word.
import type {Conjugation, Slot, WordlistEntry} from '../wordlists/types.js';

const unstressedPrefix = /^(be|ge|her|er|ont|ver)/;

/** 't kofschip: is the weak past tense -te (true) or -de (false)? Decided on the infinitive, where v/z are still visible. */
export function takesVoicelessEnding(infinitive: string): boolean {
  const word = infinitive.split(' ').pop() ?? infinitive;
  if (/chen$/.test(word)) return true;
  const match = /([^aeiouyëéèïüö])en$/.exec(word);
  if (!match) return false;
  return 'tkfspx'.includes(match[1]);
}

/** Prefix `ge-` with a diaeresis where Dutch spelling needs one (geëvalueerd, geïnformeerd, geüpdatet). */
function withGe(rest: string): string {
  const first = rest[0];
  const marked: Record<string, string> = {e: 'ë', i: 'ï', u: 'ü'};
  if (first && marked[first]) return 'ge' + marked[first] + rest.slice(1);
  return 'ge' + rest;
}

export function weakParticiple(infinitive: string, stem: string, separable?: string): string {
  const prefix = separable ?? '';
  const rest = separable && stem.startsWith(separable) ? stem.slice(separable.length) : stem;
  const ending = takesVoicelessEnding(infinitive) ? 't' : 'd';
  const body = unstressedPrefix.test(rest) ? rest : withGe(rest);
  return prefix + (body.endsWith(ending) ? body : body + ending);
}

export interface VerbForms {
  base: string;
  stem: string;
  third: string;
  pastSg: string;
  pastPl: string;
  participle: string;
  participleAdj: string;
  presPart: string;
  presPartAdj: string;
}

/**
 * A weak participle with -e: a short stressed vowel before a single final t/d keeps its sound by
 * doubling the consonant (geschat → geschatte, opgezet → opgezette), but an unstressed -e- does not
 * (geüpdatet → geüpdatete) and neither does a long vowel or a consonant cluster (betaald, verstrekt).
 */
export function adjectival(participle: string, separable?: string): string {
  const match = /([^aeiouyëïü])([aeiou])([td])$/.exec(participle);
  if (!match) return participle + 'e';
  let core = separable && participle.startsWith(separable) ? participle.slice(separable.length) : participle;
  core = core.replace(/^(g[eëï]|be|ver|ont|her|er)/, '');
  const vowelGroups = core.match(/[aeiouyëïü]+/g)?.length ?? 0;
  const stressed = match[2] !== 'e' || vowelGroups <= 1;
  return stressed ? participle + match[3] + 'e' : participle + 'e';
}

export function verbForms(verb: {
  infinitive: string;
  stem: string;
  third?: string;
  past?: string;
  pastPlural?: string;
  participle?: string;
  separable?: string;
}): VerbForms {
  const {infinitive, stem} = verb;
  const ending = takesVoicelessEnding(infinitive) ? 'te' : 'de';
  const pastSg = verb.past ?? stem + ending;
  // A weak past ends in -e and takes -n (checkte → checkten); a strong one takes -en (liep → liepen).
  const pastPl = verb.pastPlural ?? (verb.past ? verb.past + (verb.past.endsWith('e') ? 'n' : 'en') : stem + ending + 'n');
  const participle = verb.participle ?? weakParticiple(infinitive, stem, verb.separable);
  const participleAdj = /[td]$/.test(participle) ? adjectival(participle, verb.separable) : participle;
  return {
    base: infinitive,
    stem,
    third: verb.third ?? (stem.endsWith('t') ? stem : stem + 't'),
    pastSg,
    pastPl,
    participle,
    participleAdj,
    presPart: infinitive + 'd',
    presPartAdj: infinitive + 'de',
  };
}

/** Every form of an entry with the slots it can fill (one form may fill several: `verstrekt` is third person and participle). */
export function entryForms(entry: WordlistEntry): Map<string, Set<Slot>> {
  const forms = new Map<string, Set<Slot>>();
  const add = (form: string | undefined, slot: Slot) => {
    if (!form) return;
    const key = normalizeForm(form);
    let slots = forms.get(key);
    if (!slots) forms.set(key, (slots = new Set()));
    slots.add(slot);
  };
  add(entry.term, 'base');
  if (entry.type === 'verb' && entry.stem) {
    const verb = verbForms({...entry, infinitive: entry.term, stem: entry.stem});
    for (const slot of Object.keys(verb) as (keyof VerbForms)[]) add(verb[slot], slot);
  } else if (entry.type === 'noun') {
    add(entry.plural, 'plural');
  } else if (entry.type === 'adjective') {
    add(entry.inflected, 'inflected');
  }
  for (const form of entry.forms ?? []) if (!forms.has(normalizeForm(form))) add(form, 'extra');
  for (const skip of entry.skipForms ?? []) forms.delete(normalizeForm(skip));
  return forms;
}

export function normalizeForm(form: string): string {
  return form.toLowerCase().replace(/’/g, "'").split(/\s+/).filter(Boolean).join(' ');
}

const verbSlotToConjugation: Partial<Record<Slot, keyof VerbForms>> = {
  base: 'base',
  stem: 'stem',
  third: 'third',
  pastSg: 'pastSg',
  pastPl: 'pastPl',
  participle: 'participle',
  participleAdj: 'participleAdj',
  presPart: 'presPart',
  presPartAdj: 'presPartAdj',
};

/** Slots where a separable alternative can stand in one piece (a finite verb in a main clause splits: "stuurt … terug"). */
const separableSafe = new Set<Slot>(['participle', 'participleAdj', 'presPart', 'presPartAdj']);

export interface SuggestionContext {
  slots: Set<Slot>;
  /** The match ends its clause (followed by punctuation or the end of the sentence). */
  clauseFinal: boolean;
}

/**
 * The alternatives of an entry, put in the form of the matched word where that can be done
 * reliably. An alternative that cannot be inflected is left out rather than guessed.
 */
export function inflectAlternatives(
  entry: WordlistEntry,
  context: SuggestionContext,
  conjugations: Map<string, Conjugation>,
): string[] {
  const result: string[] = [];
  const push = (value: string | undefined) => {
    if (value && !result.includes(value)) result.push(value);
  };
  entry.alternatives.forEach((alternative, index) => {
    for (const slot of context.slots) {
      if (slot === 'extra') continue;
      if (entry.type === 'verb') {
        push(inflectVerbPhrase(alternative, slot, context.clauseFinal, conjugations));
      } else if (slot === 'base') {
        push(alternative);
      } else if (slot === 'plural') {
        push(entry.alternativePlurals?.[index]);
      } else if (slot === 'inflected') {
        push(entry.alternativeInflected?.[index]);
      }
    }
  });
  return result;
}

function inflectVerbPhrase(
  alternative: string,
  slot: Slot,
  clauseFinal: boolean,
  conjugations: Map<string, Conjugation>,
): string | undefined {
  const [head, ...rest] = alternative.split(' ');
  const conjugation = conjugations.get(head);
  if (!conjugation) {
    // Unknown verb: only the infinitive is safe, and only where it closes the clause.
    return slot === 'base' && clauseFinal ? alternative : undefined;
  }
  const separable = Boolean(conjugation.separable);
  if (separable && !separableSafe.has(slot) && !(slot === 'base' && clauseFinal)) return undefined;
  // A phrase like "zorgen voor" keeps its tail; a separable head with a tail would split, so leave it.
  if (separable && rest.length > 0) return undefined;
  const key = verbSlotToConjugation[slot];
  if (!key) return undefined;
  const form = verbForms(conjugation)[key];
  return [form, ...rest].join(' ');
}
