import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import {mkdirSync, mkdtempSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';

const root = new URL('../', import.meta.url).pathname;
const bin = join(root, 'bin/helder.js');

function helder(args: string[], options: {input?: string; cwd?: string; env?: Record<string, string>} = {}) {
  const env = {...process.env, NO_COLOR: '1', ...options.env};
  const result = spawnSync(process.execPath, [bin, ...args], {cwd: options.cwd ?? root, input: options.input, encoding: 'utf8', env});
  return {code: result.status, stdout: result.stdout, stderr: result.stderr};
}

const examples = ['voorbeelden/brief-bewoner.txt', 'voorbeelden/webtekst-afvalpas.md', 'voorbeelden/besluit-bijzondere-bijstand.docx'];

describe('helder check', () => {
  it('checks the bundled examples and prints findings grouped by file with a readability summary', () => {
    const {code, stdout} = helder(['check', ...examples]);
    assert.equal(code, 0);
    for (const example of examples) assert.ok(stdout.includes(`${example}\n`), example);
    assert.match(stdout, /^\s+\d+:\d+\s+waarschuwing\s+long-sentence\s+Deze zin/m);
    assert.match(stdout, /^\s+\d+:\d+\s+waarschuwing\s+jargon\s+/m);
    assert.match(stdout, /→ /);
    assert.equal((stdout.match(/Leesbaarheid \(schatting\): .* Flesch-Douma [\d,]+ · Brouwer [\d,]+/g) ?? []).length, 3);
    assert.match(stdout, /\d+ meldingen \(0 fouten, \d+ waarschuwingen, \d+ info\) in 3 bestanden\.$/m);
  });

  it('reads the .docx with its headings as structure', () => {
    const {stdout} = helder(['check', '--format', 'json', examples[2]]);
    const [result] = JSON.parse(stdout);
    assert.ok(result.readability.words > 300);
    // Headings are not sentences, so no heading is reported as a long sentence.
    assert.ok(!result.findings.some((f: {actual: string}) => f.actual.startsWith('Waarom dit besluit')));
  });

  it('prints JSON with exactly the finding fields', () => {
    const {code, stdout} = helder(['check', '--format', 'json', examples[0]]);
    assert.equal(code, 0);
    const results = JSON.parse(stdout);
    assert.equal(results.length, 1);
    assert.deepEqual(Object.keys(results[0]).sort(), ['file', 'findings', 'language', 'otherLanguage', 'readability']);
    assert.equal(results[0].language, 'nl');
    for (const finding of results[0].findings) {
      assert.deepEqual(Object.keys(finding).sort(), ['actual', 'end', 'explanation', 'message', 'ruleId', 'severity', 'start', 'suggestions', 'url']);
    }
  });

  it('reads standard input with -', () => {
    const {code, stdout} = helder(['check', '--format', 'json', '-'], {input: 'Indien u vragen heeft, bel ons.'});
    assert.equal(code, 0);
    const [result] = JSON.parse(stdout);
    assert.equal(result.file, 'stdin');
    assert.ok(result.findings.some((f: {actual: string}) => f.actual === 'Indien'));
  });

  it('exits 1 when a finding has severity error', () => {
    const {code} = helder(['check', '--set', 'jargon.severity=error', '-'], {input: 'Indien u vragen heeft, bel ons.'});
    assert.equal(code, 1);
  });

  it('switches rules off and sets thresholds from the command line', () => {
    const text = 'Wij hebben uw brief over de aanvraag voor een parkeervergunning goed ontvangen.';
    assert.match(helder(['check', '--max-words', '5', '-'], {input: text}).stdout, /long-sentence/);
    assert.doesNotMatch(helder(['check', '--max-words', '5', '--disable', 'long-sentence', '-'], {input: text}).stdout, /long-sentence/);
    assert.doesNotMatch(helder(['check', '--only', 'jargon', '--max-words', '5', '-'], {input: text}).stdout, /long-sentence/);
  });

  it('finds .helderrc.json upward from the checked file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'helder-config-'));
    mkdirSync(join(dir, 'brieven', '2026'), {recursive: true});
    writeFileSync(join(dir, '.helderrc.json'), JSON.stringify({rules: {'long-sentence': {maxWords: 4, severity: 'error'}}}));
    writeFileSync(join(dir, 'brieven', '2026', 'brief.txt'), 'Wij hebben uw brief goed ontvangen.');
    const {code, stdout} = helder(['check', join(dir, 'brieven', '2026', 'brief.txt')]);
    assert.equal(code, 1);
    assert.match(stdout, /fout\s+long-sentence/);
  });

  it('uses an organisation word list named in the configuration', () => {
    const dir = mkdtempSync(join(tmpdir(), 'helder-lijst-'));
    writeFileSync(
      join(dir, 'eigen.yaml'),
      [
        'category: eigen', 'title: Eigen woorden', 'entries:',
        '  - term: zorgvrager', '    type: noun', '    plural: zorgvragers', '    alternatives: [cliënt]',
        '    explanation: Zorgvrager is een woord van de organisatie, niet van de lezer.',
        '    example: De zorgvrager krijgt een brief.', '    rewrite: De cliënt krijgt een brief.',
      ].join('\n'),
    );
    writeFileSync(join(dir, '.helderrc.json'), JSON.stringify({wordlists: ['eigen.yaml']}));
    writeFileSync(join(dir, 'tekst.txt'), 'De zorgvrager krijgt een brief.');
    const {code, stdout} = helder(['check', join(dir, 'tekst.txt')]);
    assert.equal(code, 0);
    assert.match(stdout, /‘zorgvrager’ .* Schrijf liever ‘cliënt’/);
  });

  describe('spelling', () => {
    const typo = 'Wij werken met Pleio aan uw vergunnig.';

    it('reports words that are not in the dictionary, with suggestions', () => {
      const {code, stdout} = helder(['check', '-'], {input: typo});
      assert.equal(code, 0);
      assert.match(stdout, /1:16\s+waarschuwing\s+spelling\s+‘Pleio’ staat niet in het woordenboek\./);
      assert.match(stdout, /waarschuwing\s+spelling\s+‘vergunnig’ staat niet in het woordenboek\. Bedoelt u ‘vergunning’\?\n\s+→ vergunning/);
    });

    it('accepts the words of a spelling word list named in the configuration', () => {
      const dir = mkdtempSync(join(tmpdir(), 'helder-woorden-'));
      mkdirSync(join(dir, 'lijsten'));
      writeFileSync(join(dir, 'lijsten', 'woorden.txt'), '\uFEFF# Namen van systemen\nPleio\n\nzorgvrager   # ons eigen woord\r\n');
      writeFileSync(join(dir, '.helderrc.json'), JSON.stringify({spellingWordlists: ['lijsten/woorden.txt']}));
      writeFileSync(join(dir, 'tekst.txt'), `${typo} De Zorgvrager krijgt een brief.`);
      const {code, stdout, stderr} = helder(['check', '--format', 'json', join(dir, 'tekst.txt')]);
      assert.equal(code, 0, stderr);
      const [result] = JSON.parse(stdout);
      const spelling = result.findings.filter((f: {ruleId: string}) => f.ruleId === 'spelling').map((f: {actual: string}) => f.actual);
      assert.deepEqual(spelling, ['vergunnig']);
    });

    it('accepts the words of a word list given with --spelling-wordlist', () => {
      const dir = mkdtempSync(join(tmpdir(), 'helder-woorden-'));
      writeFileSync(join(dir, 'namen.txt'), 'Pleio\n');
      const {code, stdout} = helder(['check', '--spelling-wordlist', join(dir, 'namen.txt'), '-'], {input: typo});
      assert.equal(code, 0);
      assert.doesNotMatch(stdout, /Pleio/);
      assert.match(stdout, /‘vergunnig’/);
    });

    it('names a missing word list, checks without it and keeps the rest of the configuration', () => {
      const dir = mkdtempSync(join(tmpdir(), 'helder-woorden-'));
      writeFileSync(join(dir, '.helderrc.json'), JSON.stringify({spellingWordlists: ['ontbreekt.txt'], rules: {'long-sentence': {maxWords: 3}}}));
      writeFileSync(join(dir, 'tekst.txt'), typo);
      const {code, stdout, stderr} = helder(['check', join(dir, 'tekst.txt')]);
      assert.equal(code, 2);
      assert.match(stderr, /helder: .*ontbreekt\.txt: woordenlijst niet gevonden/);
      assert.match(stderr, /laat deze woordenlijst\(en\) weg en gebruikt de rest van de configuratie/);
      assert.doesNotMatch(stderr, /standaardinstellingen/);
      assert.match(stdout, /spelling\s+‘Pleio’/);
      assert.match(stdout, /long-sentence/);
    });

    it('names a word list that cannot be read from the command line and goes on', () => {
      const {code, stdout, stderr} = helder(['check', '--spelling-wordlist', 'test/fixtures', '--spelling-wordlist', 'geen-lijst.txt', '-'], {input: typo});
      assert.equal(code, 2);
      assert.match(stderr, /test\/fixtures: dit is een map, geen woordenlijst; Helder controleert zonder deze lijst\./);
      assert.match(stderr, /geen-lijst\.txt: woordenlijst niet gevonden/);
      assert.match(stdout, /‘vergunnig’/);
    });

    it('refuses a word list that is not UTF-8 text', () => {
      const {code, stderr} = helder(['check', '--spelling-wordlist', 'test/fixtures/binair.txt', '-'], {input: typo});
      assert.equal(code, 2);
      assert.match(stderr, /binair\.txt: dit is geen tekstbestand in UTF-8/);
    });

    it('loads the dictionaries only when the rule is on', () => {
      const env = {HELDER_DICTIONARIES: join(tmpdir(), 'helder-geen-woordenboeken')};
      const off = helder(['check', '--disable', 'spelling', '-'], {input: 'Indien u vragen heeft, bel ons.', env});
      assert.equal(off.code, 0, off.stderr);
      assert.equal(off.stderr, '');
      const on = helder(['check', '-'], {input: 'Indien u vragen heeft, bel ons.', env});
      assert.equal(on.code, 2);
      assert.match(on.stderr, /Woordenboek .*nl\.hdic kan niet worden gelezen.*Helder controleert zonder de regel spelling\./);
      assert.match(on.stdout, /jargon/);
    });
  });

  describe('bad input', () => {
    it('names a missing file, exits 2 and still checks the other files', () => {
      const {code, stdout, stderr} = helder(['check', 'bestaat-niet.txt', examples[0]]);
      assert.equal(code, 2);
      assert.match(stderr, /helder: bestaat-niet\.txt: bestand niet gevonden/);
      assert.ok(stdout.includes(examples[0]));
    });

    const cases: [string, RegExp][] = [
      ['test/fixtures', /test\/fixtures: dit is een map/],
      ['test/fixtures/binair.txt', /binair\.txt: dit is geen tekstbestand/],
      ['test/fixtures/kapot.docx', /kapot\.docx: kan dit Word-bestand niet lezen/],
      ['test/fixtures/leeg.txt', /leeg\.txt: het bestand is leeg/],
      ['package.json', /package\.json: bestandstype '\.json' wordt niet ondersteund/],
    ];
    for (const [file, message] of cases) {
      it(`reports ${file} clearly and goes on`, () => {
        const {code, stdout, stderr} = helder(['check', file, 'test/fixtures/zinnen/goed.txt']);
        assert.equal(code, 2);
        assert.match(stderr, message);
        assert.match(stdout, /goed\.txt\n {2}Geen meldingen\./);
      });
    }

    it('falls back to defaults on an invalid configuration, says so and exits 2', () => {
      const {code, stdout, stderr} = helder(['check', 'test/fixtures/ongeldige-config/tekst.txt']);
      assert.equal(code, 2);
      assert.match(stderr, /ongeldige-config\/\.helderrc\.json: geen geldige JSON/);
      assert.match(stderr, /standaardinstellingen/);
      assert.match(stdout, /tekst\.txt/);
    });

    it('rejects a configuration that does not fit the schema', () => {
      const dir = mkdtempSync(join(tmpdir(), 'helder-schema-'));
      writeFileSync(join(dir, '.helderrc.json'), JSON.stringify({rules: {'long-sentence': {maxWoorden: 3}}}));
      writeFileSync(join(dir, 'tekst.txt'), 'Een korte zin.');
      const {code, stderr} = helder(['check', join(dir, 'tekst.txt')]);
      assert.equal(code, 2);
      assert.match(stderr, /\.helderrc\.json: \/rules\/long-sentence/);
    });

    it('exits 2 with help on a usage error', () => {
      assert.equal(helder(['check']).code, 2);
      assert.equal(helder(['controleer']).code, 2);
      assert.equal(helder(['check', '--format', 'xml', examples[0]]).code, 2);
      assert.equal(helder(['check', '--disable', 'geen-regel', examples[0]]).code, 2);
      assert.match(helder(['check', '--max-words', 'nul', examples[0]]).stderr, /--max-words verwacht een heel getal/);
    });
  });
});

describe('helder rules', () => {
  it('lists every rule with what it checks and an example', () => {
    const {code, stdout} = helder(['rules']);
    assert.equal(code, 0);
    for (const id of ['readability', 'long-sentence', 'jargon', 'spelling']) assert.match(stdout, new RegExp(`^${id} — `, 'm'));
    assert.match(stdout, /Niet: .*\n {2}Wel: /);
    assert.match(stdout, /Woordenlijsten: \d+ woorden/);
  });

  it('prints help and the version', () => {
    assert.match(helder(['--help']).stdout, /Gebruik: helder/);
    assert.match(helder(['--version']).stdout, /^\d+\.\d+\.\d+\n$/);
  });
});

describe('helder check --format sarif', () => {
  it('prints a SARIF 2.1.0 log with every rule and a result per finding, paths relative to the working directory', () => {
    const {code, stdout, stderr} = helder(['check', '--format', 'sarif', 'voorbeelden/brief-bewoner.txt']);
    assert.equal(code, 0, stderr);
    const log = JSON.parse(stdout);
    assert.equal(log.version, '2.1.0');
    const [run] = log.runs;
    assert.equal(run.tool.driver.name, 'Helder');
    assert.equal(run.tool.driver.rules.length, 16);
    const json = JSON.parse(helder(['check', '--format', 'json', 'voorbeelden/brief-bewoner.txt']).stdout);
    assert.equal(run.results.length, json[0].findings.length);
    assert.ok(run.results.every((result: {locations: {physicalLocation: {artifactLocation: {uri: string}}}[]}) => result.locations[0].physicalLocation.artifactLocation.uri === 'voorbeelden/brief-bewoner.txt'));
  });

  it('refuses an unknown format by name', () => {
    const {code, stderr} = helder(['check', '--format', 'xml', 'voorbeelden/brief-bewoner.txt']);
    assert.equal(code, 2);
    assert.match(stderr, /--format kent 'text', 'json' en 'sarif', niet 'xml'/);
  });
});

describe('helder check with English text', () => {
  it('reports English findings and English readability figures for an English letter', () => {
    const {code, stdout} = helder(['check', 'voorbeelden/letter-expats-en.txt']);
    assert.equal(code, 0);
    assert.match(stdout, /^\s+\d+:\d+\s+waarschuwing\s+simplify\s+Say it more simply: use “before” instead of “prior to”\./m);
    assert.match(stdout, /^ {2}Taal: Engels\.$/m);
    assert.match(stdout, /^ {2}Readability \(English, estimate\): Flesch Reading Ease [\d.]+ · Flesch-Kincaid grade [\d.]+ · [\d.]+ words per sentence/m);
    assert.doesNotMatch(stdout, /Leesbaarheid \(schatting\)/);
    const [result] = JSON.parse(helder(['check', '--format', 'json', 'voorbeelden/letter-expats-en.txt']).stdout);
    assert.equal(result.language, 'en');
    assert.ok(result.readability.english.fleschKincaidGrade > 0);
  });

  it('checks a Dutch letter with an English paragraph in both languages, or as set with --language', () => {
    const text = 'Geachte heer Jansen,\n\nWij hebben uw aanvraag ontvangen. Indien u vragen heeft, kunt u ons bellen op werkdagen tussen negen en vijf uur.\n\nWe have received your application. Should you require further information, please contact us on working days.\n';
    const mixed = helder(['check', '-'], {input: text});
    assert.match(mixed.stdout, /jargon\s+‘Indien’/);
    assert.match(mixed.stdout, /simplify\s+Say it more simply: use “If you need”/);
    assert.match(mixed.stdout, /Taal: Nederlands, met 1 stuk in het Engels \(gecontroleerd met de regels van die taal\)\./);
    const dutch = helder(['check', '--language', 'nl', '-'], {input: text});
    assert.doesNotMatch(dutch.stdout, /simplify/);
    assert.doesNotMatch(dutch.stdout, /Taal:/);
    const wrong = helder(['check', '--language', 'de', '-'], {input: text});
    assert.equal(wrong.code, 2);
    assert.match(wrong.stderr, /--language kent 'auto', 'nl' en 'en', niet 'de'/);
  });
});
