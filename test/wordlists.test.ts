import assert from 'node:assert/strict';
import {mkdtempSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {adjectival, verbForms} from '../lint-rules/dutch/inflection.js';
import {validateWordlist} from '../lint-rules/wordlists/validate.js';
import {loadWordlists} from '../scripts/wordlist-data.js';

describe('word lists', () => {
  const {data, problems} = loadWordlists();

  it('are valid against the schema, with no form claimed twice', () => {
    assert.deepEqual(problems, []);
  });

  it('hold at least 600 entries in several categories', () => {
    const entries = data.wordlists.reduce((sum, list) => sum + list.entries.length, 0);
    assert.ok(entries >= 600, `${entries} entries`);
    assert.ok(data.wordlists.length >= 5);
  });

  it('give every entry alternatives, an explanation, an example and a rewrite', () => {
    for (const list of data.wordlists) {
      for (const entry of list.entries) {
        assert.ok(entry.alternatives.length > 0 && entry.explanation && entry.example && entry.rewrite, entry.term);
        assert.notEqual(entry.example, entry.rewrite, entry.term);
      }
    }
  });

  it('rejects a broken list with a message that names the entry and the field', () => {
    const result = validateWordlist({category: 'eigen', title: 'Eigen lijst', entries: [{term: 'doen', type: 'verb', alternatives: []}]});
    assert.equal(result.list, undefined);
    assert.ok(result.errors.some((error) => error.includes('/entries/0 (doen)')), result.errors.join('\n'));
  });

  it('reports a YAML syntax error with the file name', () => {
    const dir = mkdtempSync(join(tmpdir(), 'helder-lijst-'));
    writeFileSync(join(dir, 'kapot.yaml'), 'category: kapot\nentries: [\n');
    const {problems: found} = loadWordlists(dir);
    assert.match(found[0], /^kapot\.yaml: geen geldige YAML/);
  });
});

describe('Dutch verb forms', () => {
  it('makes weak forms by ’t kofschip', () => {
    const forms = verbForms({infinitive: 'verstrekken', stem: 'verstrek'});
    assert.deepEqual([forms.third, forms.pastSg, forms.pastPl, forms.participle], ['verstrekt', 'verstrekte', 'verstrekten', 'verstrekt']);
    const voiced = verbForms({infinitive: 'realiseren', stem: 'realiseer'});
    assert.deepEqual([voiced.pastSg, voiced.participle], ['realiseerde', 'gerealiseerd']);
    assert.equal(verbForms({infinitive: 'leven', stem: 'leef'}).pastSg, 'leefde');
  });

  it('adds ge- with a diaeresis where needed and not after an unstressed prefix', () => {
    assert.equal(verbForms({infinitive: 'evalueren', stem: 'evalueer'}).participle, 'geëvalueerd');
    assert.equal(verbForms({infinitive: 'beantwoorden', stem: 'beantwoord'}).participle, 'beantwoord');
    assert.equal(verbForms({infinitive: 'aanvragen', stem: 'aanvraag', separable: 'aan'}).participle, 'aangevraagd');
    assert.equal(verbForms({infinitive: 'zetten', stem: 'zet'}).pastSg, 'zette');
    assert.equal(verbForms({infinitive: 'checken', stem: 'check', past: 'checkte'}).pastPl, 'checkten');
    assert.equal(verbForms({infinitive: 'verlopen', stem: 'verloop', past: 'verliep'}).pastPl, 'verliepen');
  });

  it('doubles the final consonant of a participle with -e after a short stressed vowel', () => {
    assert.equal(adjectival('geschat'), 'geschatte');
    assert.equal(adjectival('opgezet', 'op'), 'opgezette');
    assert.equal(adjectival('hervat'), 'hervatte');
    assert.equal(adjectival('ingebed', 'in'), 'ingebedde');
    assert.equal(adjectival('geüpdatet'), 'geüpdatete');
    assert.equal(adjectival('verstrekt'), 'verstrekte');
    assert.equal(adjectival('betaald'), 'betaalde');
  });
});
