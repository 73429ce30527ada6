import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import {join} from 'node:path';
import {pathToFileURL} from 'node:url';
import {Ajv} from 'ajv';
import formats from 'ajv-formats';
import type * as Sarif from 'sarif';
import type {FileResult} from '../cli/output.js';
import type {RuleInfo} from '../lint-rules/index.js';
import {formatSarif} from '../cli/sarif.js';
import {checker} from './support/helpers.js';

// The SARIF 2.1.0 schema as shipped on npm by Microsoft's SARIF SDK (rtm.5: the same definitions as
// the final OASIS schema, apart from GUID patterns and a few later artifact roles we do not use).
// It is written in draft-04, which Ajv 8 does not read; none of its keywords differ in meaning in
// draft-07 except the root `id`, so dropping `$schema` and `id` gives the same schema.
const require = createRequire(import.meta.url);
const schema = JSON.parse(readFileSync(require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8'));
delete schema.$schema;
delete schema.id;
// Formats on: `uri` and `uri-reference` are what catch a file name that was not percent-encoded.
// `unicodeRegExp: false`: the schema's `language` pattern has a stray ']' (a known erratum), which is
// a syntax error in a /u regular expression but a literal ']' without it.
const ajv = new Ajv({allErrors: true, strict: false, unicodeRegExp: false});
formats.default(ajv);
const validateSchema = ajv.compile(schema);

function parse(json: string): Sarif.Log {
  const log = JSON.parse(json) as Sarif.Log;
  assert.ok(validateSchema(log), ajv.errorsText(validateSchema.errors, {separator: '\n'}));
  return log;
}

const base = '/srv/teksten';
const letter = 'Wij hebben uw brief ontvangen.\nHet café 😀 is dicht. Indien u vragen heeft, kunt u ons bellen.';
const plainTwice = 'Indien u vragen heeft, kunt u ons bellen. Indien u wilt, mag u ook mailen.';

function check(text: string, options = {}) {
  return checker(options).check(text);
}

describe('SARIF output', () => {
  let rules: RuleInfo[];
  let results: FileResult[];
  let log: Sarif.Log;
  let run: Sarif.Run;
  // In a hook, so that a failure is reported as one test's instead of stopping the whole run at load.
  before(() => {
    rules = checker().rules;
    results = [
      {file: 'brieven 2026/aanvraag #1.txt', report: check(letter)},
      {file: join(base, 'web', 'tweemaal.md'), report: check(plainTwice)},
      {file: 'stdin', report: check('Indien u vragen heeft, bel ons.')},
    ];
    log = parse(formatSarif(results, rules, {toolVersion: '0.1.0', baseDirectory: base}));
    [run] = log.runs;
  });
  const ofFile = (index: number) => run.results!.filter((result) => result.locations![0].physicalLocation!.artifactLocation!.index === index);

  it('writes one valid SARIF 2.1.0 run for Helder with UTF-16 columns', () => {
    assert.equal(log.$schema, 'https://json.schemastore.org/sarif-2.1.0.json');
    assert.equal(log.version, '2.1.0');
    assert.equal(log.runs.length, 1);
    assert.equal(run.columnKind, 'utf16CodeUnits');
    const {driver} = run.tool;
    assert.equal(driver.name, 'Helder');
    assert.equal(driver.informationUri, 'https://github.com/helder-nl/helder');
    assert.equal(driver.version, '0.1.0');
    assert.equal(driver.semanticVersion, '0.1.0');
    assert.equal(driver.language, 'nl');
    assert.equal(run.originalUriBaseIds!['%SRCROOT%'].uri, 'file:///srv/teksten/');
  });

  it('lists every rule, with and without results, with descriptions, help and default level', () => {
    const descriptors = run.tool.driver.rules!;
    assert.deepEqual(
      descriptors.map((rule) => rule.id),
      rules.map((rule) => rule.id),
    );
    const byId = new Map(descriptors.map((rule) => [rule.id, rule]));
    assert.equal(byId.get('long-sentence')!.name, 'LongSentence');
    assert.equal(byId.get('reader-address')!.name, 'ReaderAddress');
    assert.equal(byId.get('jargon')!.name, 'Jargon');
    for (const rule of rules) {
      const descriptor = byId.get(rule.id)!;
      assert.equal(descriptor.shortDescription!.text, rule.title);
      assert.equal(descriptor.fullDescription!.text, rule.description);
      assert.equal(descriptor.helpUri, rule.url);
      assert.equal(descriptor.help!.text, `${rule.description}\n\nNiet: ${rule.examples[0].bad}\nWel: ${rule.examples[0].good}`);
      assert.equal(descriptor.defaultConfiguration!.level, {error: 'error', warning: 'warning', info: 'note'}[rule.severity]);
    }
    assert.equal(byId.get('readability')!.defaultConfiguration!.level, 'note');
    assert.equal(byId.get('jargon')!.defaultConfiguration!.level, 'warning');
  });

  it('gives every finding as a result whose ruleIndex points at its rule', () => {
    const findings = results.flatMap(({report}) => report.findings);
    assert.equal(run.results!.length, findings.length);
    run.results!.forEach((result, index) => {
      assert.equal(result.ruleId, findings[index].ruleId);
      assert.equal(run.tool.driver.rules![result.ruleIndex!].id, result.ruleId);
      assert.equal(result.level, {error: 'error', warning: 'warning', info: 'note'}[findings[index].severity]);
    });
  });

  it('maps severities to levels, also when the configuration changes them', () => {
    const strict = checker({rules: {jargon: 'error', 'long-sentence': 'info'}});
    const text = 'Indien u vragen heeft over de aanvraag voor een parkeervergunning in de binnenstad, dan kunt u ons op werkdagen tussen negen en vijf uur bellen of mailen.';
    const strictLog = parse(formatSarif([{file: 'a.txt', report: strict.check(text)}], strict.rules, {baseDirectory: base}));
    const levels = new Map(strictLog.runs[0].results!.map((result) => [result.ruleId, result.level]));
    assert.equal(levels.get('jargon'), 'error');
    assert.equal(levels.get('long-sentence'), 'note');
    const descriptors = new Map(strictLog.runs[0].tool.driver.rules!.map((rule) => [rule.id, rule]));
    assert.equal(descriptors.get('jargon')!.defaultConfiguration!.level, 'error');
    assert.equal(descriptors.get('long-sentence')!.defaultConfiguration!.level, 'note');
    assert.equal(strictLog.runs[0].tool.driver.version, undefined, 'no version unless given');
  });

  it('points at the finding on line 2 in UTF-16 columns, with offset, length and the flagged text', () => {
    const finding = results[0].report.findings.find((f) => f.ruleId === 'jargon')!;
    const [result] = ofFile(0).filter((r) => r.ruleId === 'jargon');
    const region = result.locations![0].physicalLocation!.region!;
    const line = letter.split('\n')[1];
    const column = line.indexOf('Indien') + 1;
    // The emoji is two UTF-16 code units but one code point: the columns must count code units.
    assert.notEqual([...line.slice(0, column - 1)].length + 1, column);
    assert.deepEqual(region, {
      startLine: 2,
      startColumn: column,
      endLine: 2,
      endColumn: column + 'Indien'.length,
      charOffset: letter.indexOf('Indien'),
      charLength: 'Indien'.length,
      snippet: {text: 'Indien'},
    });
    assert.equal(region.startColumn, finding.start.column);
    assert.equal(region.endColumn, finding.end.column);
    assert.equal(letter.slice(region.charOffset!, region.charOffset! + region.charLength!), 'Indien');
  });

  it('writes message, explanation and suggestions into the message text', () => {
    const finding = results[0].report.findings.find((f) => f.ruleId === 'jargon')!;
    const [result] = ofFile(0).filter((r) => r.ruleId === 'jargon');
    // The engine's message already names the better word: it is not said twice.
    assert.match(finding.message, /Schrijf liever ‘als’/);
    assert.equal(result.message.text, `${finding.message} ${finding.explanation}`);
    // A message that does not name them gets the suggestions added.
    const terse = {...finding, message: '‘Indien’ is een ambtelijk woord.'};
    const [terseResult] = parse(formatSarif([{file: 'a.txt', report: {...check(''), findings: [terse]}}], rules)).runs[0].results!;
    assert.equal(terseResult.message.text, `‘Indien’ is een ambtelijk woord. ${finding.explanation} Schrijf liever: Als.`);
    // Without suggestions there is nothing to add.
    const passive = check('Uw aanvraag wordt door ons behandeld.').findings.find((f) => f.ruleId === 'passive')!;
    assert.deepEqual(passive.suggestions, []);
    const [passiveResult] = parse(formatSarif([{file: 'a.txt', report: {...check(''), findings: [passive]}}], rules)).runs[0].results!;
    assert.equal(passiveResult.message.text, `${passive.message} ${passive.explanation}`);
  });

  it('names files relative to the base directory, percent-encoded, and stdin as stdin', () => {
    const uris = run.results!.map((result) => result.locations![0].physicalLocation!.artifactLocation!);
    const letterLocation = ofFile(0)[0].locations![0].physicalLocation!.artifactLocation!;
    assert.equal(letterLocation.uri, 'brieven%202026/aanvraag%20%231.txt');
    assert.equal(letterLocation.uriBaseId, '%SRCROOT%');
    // An absolute path inside the base directory is made relative too.
    assert.equal(ofFile(1)[0].locations![0].physicalLocation!.artifactLocation!.uri, 'web/tweemaal.md');
    const stdin = ofFile(2)[0].locations![0].physicalLocation!.artifactLocation!;
    assert.equal(stdin.uri, 'stdin');
    assert.equal(stdin.uriBaseId, undefined);
    assert.ok(uris.every((location) => !location.uri!.includes('\\') && !location.uri!.includes(' ')));
    assert.deepEqual(
      run.artifacts!.map((artifact) => artifact.location),
      [
        {uri: 'brieven%202026/aanvraag%20%231.txt', uriBaseId: '%SRCROOT%'},
        {uri: 'web/tweemaal.md', uriBaseId: '%SRCROOT%'},
        {uri: 'stdin'},
      ],
    );
  });

  it('uses the working directory by default and a file URL for files outside the base', () => {
    const report = check('Indien u vragen heeft, bel ons.');
    const here = parse(formatSarif([{file: 'map/brief één.txt', report}, {file: '/elders/brief.txt', report}], rules));
    const location = (index: number) => here.runs[0].results![index * report.findings.length].locations![0].physicalLocation!.artifactLocation!;
    assert.equal(location(0).uri, 'map/brief%20%C3%A9%C3%A9n.txt');
    assert.equal(here.runs[0].originalUriBaseIds!['%SRCROOT%'].uri, `${pathToFileURL(process.cwd()).href}/`);
    assert.equal(location(1).uri, 'file:///elders/brief.txt');
    assert.equal(location(1).uriBaseId, undefined);
  });

  it('offers each suggestion as a fix that replaces the flagged text', () => {
    const [result] = ofFile(0).filter((r) => r.ruleId === 'jargon');
    const region = result.locations![0].physicalLocation!.region!;
    assert.equal(result.fixes!.length, 1);
    const [change] = result.fixes![0].artifactChanges;
    assert.match(result.fixes![0].description!.text!, /Als/);
    assert.equal(change.artifactLocation.uri, 'brieven%202026/aanvraag%20%231.txt');
    const [replacement] = change.replacements;
    assert.deepEqual(replacement.deletedRegion, region);
    assert.equal(replacement.insertedContent!.text, 'Als');
    const fixed = letter.slice(0, region.charOffset!) + replacement.insertedContent!.text + letter.slice(region.charOffset! + region.charLength!);
    assert.match(fixed, /dicht\. Als u vragen heeft/);
    // Findings without suggestions have no fixes; at most three fixes each.
    for (const other of run.results!) {
      const finding = results.flatMap(({report}) => report.findings).find((f) => f.ruleId === other.ruleId && f.actual === other.locations![0].physicalLocation!.region!.snippet?.text)!;
      if (finding.suggestions.length === 0) assert.equal(other.fixes, undefined);
      else assert.equal(other.fixes!.length, Math.min(3, new Set(finding.suggestions).size));
    }
    const many = check('De pas wordt u verstrekt.').findings.find((f) => f.ruleId === 'jargon')!;
    assert.ok(many.suggestions.length > 3, many.suggestions.join());
    const [manyResult] = parse(formatSarif([{file: 'a.txt', report: {...check(''), findings: [many]}}], rules, {baseDirectory: base})).runs[0].results!;
    assert.deepEqual(
      manyResult.fixes!.map((fix) => fix.artifactChanges[0].replacements[0].insertedContent!.text),
      many.suggestions.slice(0, 3),
    );
  });

  it('keeps fingerprints when a line is inserted above, and tells repeated findings apart', () => {
    const fingerprintsOf = (text: string) => {
      const [only] = parse(formatSarif([{file: 'a.txt', report: check(text)}], rules, {baseDirectory: base})).runs;
      return only.results!.map((result) => ({
        ruleId: result.ruleId,
        line: result.locations![0].physicalLocation!.region!.startLine,
        fingerprint: result.partialFingerprints!['helderFinding/v1'],
      }));
    };
    const before = fingerprintsOf(plainTwice);
    const after = fingerprintsOf(`Een nieuwe eerste regel.\n\n${plainTwice}`);
    const jargon = (list: typeof before) => list.filter((entry) => entry.ruleId === 'jargon');
    assert.equal(jargon(before).length, 2);
    assert.deepEqual(
      jargon(after).map((entry) => entry.fingerprint),
      jargon(before).map((entry) => entry.fingerprint),
    );
    assert.notDeepEqual(
      jargon(after).map((entry) => entry.line),
      jargon(before).map((entry) => entry.line),
    );
    // Both findings flag "Indien": the occurrence number keeps them apart.
    assert.notEqual(jargon(before)[0].fingerprint, jargon(before)[1].fingerprint);
    assert.ok(before.every((entry) => typeof entry.fingerprint === 'string' && entry.fingerprint.length > 0));
  });

  it('gives a valid log without results, still listing the rules', () => {
    for (const input of [[], [{file: 'leeg.txt', report: check('Wij bellen u morgen.')}]]) {
      const empty = parse(formatSarif(input, rules));
      assert.deepEqual(empty.runs[0].results, []);
      assert.equal(empty.runs[0].tool.driver.rules!.length, rules.length);
    }
  });

  it('is rejected by the schema check when a file name is not encoded (the check has teeth)', () => {
    const broken = JSON.parse(formatSarif(results, rules, {baseDirectory: base}));
    broken.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri = 'brieven 2026/aanvraag.txt';
    assert.equal(validateSchema(broken), false);
    assert.match(ajv.errorsText(validateSchema.errors), /must match format "uri-reference"/);
    assert.equal(validateSchema({...broken, version: '2.0.0'}), false);
  });

  it('prints JSON indented with two spaces', () => {
    const json = formatSarif([], rules);
    assert.match(json, /^\{\n {2}"\$schema": /);
  });
});
