// A past-participle recogniser for Dutch that needs no dictionary, so it runs wherever the
// engine runs. It knows the strong and irregular participles by heart (a closed class), builds
// weak ones by rule (ge- + stem + -d/-t, or an unstressed prefix without ge-), strips separable
// particles (aan+ge+vraagd), and keeps a list of nouns and adjectives that only look like
// participles (gebied, beleid, bekend). Rules add their own context on top of this.

/** Strong and irregular participles with ge-; prefixed forms are derived (ontvangen, verzonden, aangeboden). */
const strongWithGe = `
gebakken gebannen gebarsten gebeden gebeten geblazen gebleken gebonden geboden gebogen geborgen gebracht
gebroken gedaan gedacht gedoken gedragen gedreven gedrongen gedronken gedwongen gegeten gegeven gegleden
gegolden gegoten gegraven gegrepen gehangen geheten geholpen gehouden gekeken geklommen geklonken gekocht
gekomen gekozen gekregen gekrompen gelachen gelaten gelegen geleken gelezen gelopen gemeden gemeten
genomen genezen geprezen gereden geroepen geschoten geschreven geschoven geslagen geslopen gesloten
gesmolten gesneden gesproken gesprongen gestaan gestoken gestolen gestorven gestoten gestreden getrokken
gevallen gevangen gevaren gevlochten gevlogen gevochten gevonden gevraagd gevroren gewassen geweken
geweten gewezen gewogen gewonnen geworpen geworven gewreven gezegd gezien gezocht gezogen gezonden
gezongen gezonken gezwegen gezworen gescholden gescheiden geschonden geschonken geschrokken gesproten
gestegen gestreken gevloden gezeten gezwommen gedolven gebleven gegaan geweest geworden geleden
`.trim().split(/\s+/);

/** Adjectives that are participles in form: 'het verschuldigde bedrag' (attributive, never a passive). */
const participleAdjectives = new Set('verschuldigd benodigd gewenst gepast gerechtigd bekend bereid gemiddeld'.split(' '));

/** Inseparable verbs on onder-, over-, door-, achter-, vol-, om-, mis-, weer-: onderzocht, overwogen. */
const inseparable = /^(onder|over|door|achter|vol|om|mis|weer)(?=\p{L}{4})/u;
const weakInseparable = new Set(
  'ondertekend ondersteund onderbouwd overtuigd overhandigd overlegd overbrugd omarmd ondervraagd misbruikt mislukt onderschat overschat'.split(' '),
);

/** Participles that are only adjectives, adverbs or nouns in practice; never a passive. */
const notParticiples = new Set(
  `
gebied gebieden geluid gezicht gewicht gebit gerecht gezond gedicht gebed gelaat gemoed genot gewest geweld
geduld geschrift gesticht gevecht gewricht gemiddeld gewend gewoon gerust geliefd geleden gelegen geest
besluit bericht beleid bezit beroep bedrag bedragen bestand bestek besef verband verbod verschot verstand
verbond verdriet verlet verleden ontbijt ontwerp
bekend bewust beroemd verliefd verkeerd bejaard begaafd bekwaam bereid verwant verlegen bedroefd beschaamd
gelijk gereed gerechtigd genegen verschuldigd woonachtig benodigd gewenst gepast
`
    .trim()
    .split(/\s+/),
);

/** Verbs that form their perfect with zijn: their participle after a form of zijn is not a passive. */
export const zijnVerbParticiples = new Set(
  `
gegaan gekomen gelopen gereden gevaren gevlogen gevallen gebleven geweest geworden gestegen gedaald gegroeid
gestopt gestart begonnen vertrokken verhuisd overleden gestorven gebeurd geslaagd veranderd ontstaan verlopen
vervallen verdwenen verschenen teruggekeerd aangekomen toegenomen afgenomen opgestaan gezakt
geëindigd afgelopen meegegaan doorgegaan uitgegaan binnengekomen thuisgekomen weggegaan opgehouden
ontsnapt bezweken omgekomen opgegroeid gerend gefietst gewandeld gezwommen gestruikeld
`
    .trim()
    .split(/\s+/),
);

/** Separable particles, longest first so that 'tegenover' wins over 'tegen'. */
const particles = `
aaneen achterna achterover achteruit bekend binnen bijeen bloot buiten dicht door goed kapot klaar
los mee na neer om onder op open over plaats samen schoon stop tegen tentoon terecht terug teleur thuis toe
uit vast voor voorbij vrij weg achter aan af bij in deel
`
  .trim()
  .split(/\s+/)
  .sort((a, b) => b.length - a.length);

const strongSet = new Set(strongWithGe);
/** Strong verbs whose participle keeps the infinitive's vowel: ontvangt is their present tense, not a participle. */
const sameAsInfinitive = new Set('bakken blazen dragen eten geven graven hangen heten houden komen laten lezen lopen meten roepen slapen stoten vallen vangen varen wassen'.split(' '));
/** Strong participles without their ge-, for prefixed verbs: (ont)vangen, (ver)zonden, (be)sloten. */
const strongCores = new Set(strongWithGe.map((form) => form.slice(2)));
const unstressed = /^(be|ver|ont|her|er|ge|mis)(?=\p{L}{3})/u;
const nounEndings = /(heid|teit|ment|raad)$/;
/** Compounds on a ge- noun: gemeentehuis, gebiedsplan, gezinsbed. */
const geNoun = /^(gemeent|gebied|gezondheid|gezin|gevangenis|geld|gebouw|gevaar|geschied|gebruiker|geluid|gewest|gevel|geboorte|gedrag|geneesmiddel|gereedschap|gesprek|getuig)/;
// Present tense of strong verbs with an unstressed prefix: bestaat, ontgaat, voorziet.
const presentTense = /(gaat|staat|slaat|ziet|doet|dt)$/;
const letters = /^\p{Ll}+$/u;

/**
 * Is `word` (lower case) a past participle? Uninflected only: 'betaald', 'verzonden', 'aangevraagd',
 * not 'betaalde'. A word that is also an ordinary noun or adjective counts only when the rules see
 * it in a verb position; this function knows words, not sentences.
 */
export function isParticiple(word: string): boolean {
  if (word.length < 5) return false;
  let known = memo.get(word);
  if (known === undefined) {
    if (memo.size > 20_000) memo.clear();
    memo.set(word, (known = recognise(word)));
  }
  return known;
}

// Rules ask about the same words many times (every clause, every auxiliary).
const memo = new Map<string, boolean>();

function recognise(word: string): boolean {
  if (!letters.test(word) || notParticiples.has(word)) return false;
  if (participleCore(word)) return true;
  for (const particle of particles) {
    if (word.length > particle.length + 4 && word.startsWith(particle)) {
      const rest = word.slice(particle.length);
      // The particle stands before ge- (aangevraagd) or before an unstressed prefix (aanbesteed, vastgesteld).
      if (!notParticiples.has(rest) && participleCore(rest)) return true;
    }
  }
  return false;
}

/** 'gemeentehuis' is a compound on a ge-noun; 'gebouwd' is the participle of bouwen, not 'gebouw' + d. */
function nounCompound(word: string): boolean {
  const match = geNoun.exec(word);
  return match !== null && word.length !== match[0].length + 1;
}

function participleCore(word: string): boolean {
  if (strongSet.has(word) || weakInseparable.has(word)) return true;
  const fixed = inseparable.exec(word);
  if (fixed && strongCores.has(word.slice(fixed[1].length)) && !word.slice(fixed[1].length).startsWith('ge')) return true;
  const prefix = unstressed.exec(word);
  if (prefix && prefix[1] !== 'ge' && strongCores.has(word.slice(prefix[1].length))) return true;
  if (!/[dt]$/.test(word) || nounEndings.test(word)) return false;
  // A stem that ends in -d/-t takes no second one: gezet, gebeld.
  if (word.startsWith('ge')) return !word.endsWith('dt') && !nounCompound(word) && (weakStem(word.slice(2, -1)) || weakStem(word.slice(2)));
  // ontvangt is the present tense of ontvangen, whose participle is strong.
  if (presentTense.test(word) || (prefix && sameAsInfinitive.has(word.slice(prefix[1].length, -1) + 'en'))) return false;
  // ge- is left out after be-, ver-, ont-, her-, er-: betaald, verstrekt, ontdekt.
  if (prefix && prefix[1] !== 'ge' && prefix[1] !== 'mis') return weakStem(word.slice(prefix[1].length, -1));
  return false;
}

/** A weak stem: has a vowel and ends the way Dutch verb stems end (not in a vowel cluster like -aa). */
function weakStem(stem: string): boolean {
  if (stem.length < 2 || !/[aeiouyëïéèüö]/.test(stem)) return false;
  // -eerd, -eert: geïnformeerd; otherwise the stem ends in a consonant or a long vowel spelled out.
  return /([^aeiouyëïéèüö]|ee|aa|oo|uu|ie|oe|ei|ij|ui|au|ou|eu)$/.test(stem);
}

/** The participle with an adjectival -e: 'vastgestelde' → true, 'gesloten' (already -en) → true. */
export function isAttributiveParticiple(word: string): boolean {
  if (isParticiple(word)) return /en$/.test(word);
  if (!word.endsWith('e')) return false;
  const base = word.slice(0, -1);
  if (isParticiple(base) || participleAdjectives.has(base)) return true;
  // Doubled consonant before -e: opgezette → opgezet, geschatte → geschat.
  return /([dt])\1$/.test(base) && isParticiple(base.slice(0, -1));
}
