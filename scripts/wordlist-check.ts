// `node scripts/check-wordlists.mjs [--forms category]`: checks every word list the way the
// engine will use it: schema, duplicate forms, and that each example is flagged and its rewrite is not.
import {analyze} from '../lint-rules/analysis.js';
import {entryForms} from '../lint-rules/dutch/inflection.js';
import {buildTree} from '../lint-rules/parse.js';
import {compileWordlists, matchTokens} from '../lint-rules/wordlists/compile.js';
import type {WordlistData, WordlistEntry} from '../lint-rules/wordlists/types.js';
import {loadWordlists} from './wordlist-data.js';

export function exampleProblems(data: WordlistData): string[] {
  const compiled = compileWordlists(data);
  const problems: string[] = [];
  const matchesIn = (text: string) =>
    analyze(buildTree(text, 'plain')).sentences.flatMap((sentence) => matchTokens(sentence.tokens, compiled));
  for (const list of data.wordlists) {
    for (const entry of list.entries) {
      const where = `${list.category}/${entry.term}`;
      if (!matchesIn(entry.example).some((match) => match.pattern.entry === entry)) {
        problems.push(`${where}: het voorbeeld bevat geen vorm van de term (of een andere entry gaat voor): "${entry.example}"`);
      }
      if (matchesIn(entry.rewrite).some((match) => match.pattern.entry === entry)) {
        problems.push(`${where}: de herschrijving bevat de term nog: "${entry.rewrite}"`);
      }
    }
  }
  return problems;
}

export function unconjugatedAlternatives(data: WordlistData): string[] {
  const known = new Set(data.conjugations.map((verb) => verb.infinitive));
  const missing = new Set<string>();
  for (const list of data.wordlists) {
    for (const entry of list.entries) {
      if (entry.type !== 'verb') continue;
      for (const alternative of entry.alternatives) {
        const head = alternative.split(' ')[0];
        if (/en$/.test(head) && !known.has(head)) missing.add(head);
      }
    }
  }
  return [...missing].sort();
}

function printForms(entry: WordlistEntry) {
  const forms = [...entryForms(entry)].map(([form, slots]) => `${form} (${[...slots].join('/')})`);
  console.log(`${entry.term}: ${forms.join(', ')}`);
}

const args = process.argv.slice(2);
const {data, problems} = loadWordlists();
const formsAt = args.indexOf('--forms');
if (formsAt >= 0) {
  const category = args[formsAt + 1];
  for (const list of data.wordlists) if (list.category === category) list.entries.forEach(printForms);
  process.exit(0);
}
problems.push(...exampleProblems(data));
const entries = data.wordlists.reduce((sum, list) => sum + list.entries.length, 0);
for (const list of data.wordlists) console.log(`${list.category}: ${list.entries.length} entries`);
console.log(`totaal: ${entries} entries, ${data.conjugations.length} vervoegingen`);
const missing = unconjugatedAlternatives(data);
if (missing.length) console.log(`werkwoorden als alternatief zonder vervoeging in vervoegingen.yaml (${missing.length}): ${missing.join(', ')}`);
if (problems.length) {
  console.log(`\n${problems.length} probleem/problemen:`);
  for (const problem of problems) console.log(`  ${problem}`);
  process.exit(1);
}
console.log('geen problemen');
