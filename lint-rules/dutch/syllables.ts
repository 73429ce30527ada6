// Dutch syllables counted by vowel groups. Hyphenation patterns would miss one-letter
// syllables (o-ver, o-pen), so we split vowel sequences into the sounds Dutch spells with
// several letters instead.

const vowels = new Set('aeiouyàáâäèéêëìíîïòóôöùúûü');
const diaeresis = /[äëïöü]/;
const isVowel = (lower: string, index: number) => vowels.has(lower[index]) || (lower[index] === 'j' && index > 0 && lower[index - 1] === 'i');
// Longest first: each is one sound, so one syllable.
const units = ['eeu', 'ieu', 'aai', 'ooi', 'oei', 'eau', 'aa', 'ee', 'oo', 'uu', 'ie', 'oe', 'eu', 'ui', 'ij', 'ei', 'ou', 'au', 'éé', 'ée', 'ay', 'ey', 'oy'];

// Words repeat a lot within and across documents; the cache is bounded so a long session cannot grow it forever.
const cache = new Map<string, number>();
const CACHE_LIMIT = 50_000;

export function countSyllables(word: string): number {
  let count = cache.get(word);
  if (count === undefined) {
    count = countUncached(word);
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(word, count);
  }
  return count;
}

function countUncached(word: string): number {
  const lower = word.toLowerCase();
  if (/^\d[\d.,:]*$/.test(lower)) return Math.min(4, lower.replace(/\D/g, '').length) || 1;
  // Short acronyms are spoken letter by letter (B-Z-K).
  if (/^[A-Z]{2,4}$/.test(word)) return word.length;
  let count = 0;
  let index = 0;
  while (index < lower.length) {
    if (!isVowel(lower, index)) {
      index++;
      continue;
    }
    // Collect the vowel group ("ij" counts as a vowel).
    let end = index;
    while (end < lower.length && isVowel(lower, end)) end++;
    count += countGroup(lower.slice(index, end));
    index = end;
  }
  return Math.max(1, count);
}

const plain: Record<string, string> = {ä: 'a', ë: 'e', ï: 'i', ö: 'o', ü: 'u'};

function countGroup(group: string): number {
  let count = 0;
  let index = 0;
  while (index < group.length) {
    // A diaeresis starts a new syllable (beëindigen, geïnteresseerd): it may open a unit (ëi) but never sit inside one.
    const head = plain[group[index]] ?? group[index];
    let length = 1;
    for (const unit of units) {
      const tail = group.slice(index + 1, index + unit.length);
      if (unit[0] === head && unit.slice(1) === tail && !diaeresis.test(tail)) {
        length = unit.length;
        break;
      }
    }
    count++;
    index += length;
  }
  return count;
}
