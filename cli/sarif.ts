// Turns check results into a SARIF 2.1.0 log, for GitHub code scanning and other SARIF viewers.
import {createHash} from 'node:crypto';
import {isAbsolute, relative, resolve, sep} from 'node:path';
import {pathToFileURL} from 'node:url';
import type * as Sarif from 'sarif';
import type {Finding, RuleInfo, Severity} from '../lint-rules/index.js';
import type {FileResult} from './output.js';

export interface SarifOptions {
  /** Helder's version, for `tool.driver.version` and `semanticVersion`. */
  toolVersion?: string;
  /** Files are named relative to this directory (`%SRCROOT%`); default the working directory. */
  baseDirectory?: string;
}

const SRCROOT = '%SRCROOT%';
/** Versioned, so a later change of the hash input can use a new key instead of breaking old alerts. */
const FINGERPRINT_KEY = 'helderFinding/v1';
/** More fixes than this is noise in a review view. */
const MAX_FIXES = 3;

const levels: Record<Severity, Sarif.ReportingConfiguration.level> = {error: 'error', warning: 'warning', info: 'note'};

/** `long-sentence` → `LongSentence`: SARIF wants a readable identifier besides the opaque id. */
function pascalCase(id: string): string {
  return id
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .map((part) => part[0].toUpperCase() + part.slice(1))
    .join('');
}

function ruleDescriptor(rule: RuleInfo): Sarif.ReportingDescriptor {
  const example = rule.examples[0];
  const descriptor: Sarif.ReportingDescriptor = {
    id: rule.id,
    name: pascalCase(rule.id),
    shortDescription: {text: rule.title},
    fullDescription: {text: rule.description},
    helpUri: rule.url,
    help: {text: example ? `${rule.description}\n\nNiet: ${example.bad}\nWel: ${example.good}` : rule.description},
    defaultConfiguration: {level: levels[rule.severity]},
  };
  // Say so when the configuration switched a rule off, so a viewer does not expect its results.
  if (!rule.enabled) descriptor.defaultConfiguration!.enabled = false;
  return descriptor;
}

/**
 * Where a file's results point. Inside the base directory: a relative, percent-encoded URI
 * against `%SRCROOT%`, so the log does not depend on where it was made (code scanning needs
 * paths relative to the repository). Outside it: an absolute file URL, since `../` would not
 * resolve in a viewer that maps `%SRCROOT%` to a repository.
 */
function artifactLocation(file: string, base: string): Sarif.ArtifactLocation {
  // The CLI names standard input 'stdin'; it is no file, so it has no base.
  if (file === 'stdin') return {uri: 'stdin'};
  const absolute = resolve(base, file);
  const path = relative(base, absolute);
  if (path === '' || path === '..' || path.startsWith(`..${sep}`) || isAbsolute(path)) return {uri: pathToFileURL(absolute).href};
  // Encode per segment: spaces, '#', '%', '?' and non-ASCII must not be read as URI syntax.
  return {uri: path.split(sep).map(encodeURIComponent).join('/'), uriBaseId: SRCROOT};
}

function region(finding: Finding): Sarif.Region {
  const result: Sarif.Region = {
    startLine: finding.start.line,
    startColumn: finding.start.column,
    endLine: finding.end.line,
    endColumn: finding.end.column,
    charOffset: finding.start.offset,
    charLength: finding.end.offset - finding.start.offset,
  };
  if (finding.actual) result.snippet = {text: finding.actual};
  return result;
}

function messageText(finding: Finding): string {
  let text = [finding.message, finding.explanation].filter(Boolean).join(' ');
  // Most messages already name the better words; the suggestions are added only where they do not.
  if (finding.suggestions.length && !/schrijf liever/i.test(finding.message)) text += ` Schrijf liever: ${finding.suggestions.join(', ')}.`;
  return text;
}

/**
 * Identity of a finding that survives lines moving: the rule, the flagged text (whitespace
 * collapsed, so reflowing a paragraph keeps it) and which occurrence of that pair in the file it
 * is. Line numbers stay out on purpose.
 */
function identity(finding: Finding): string {
  return JSON.stringify([finding.ruleId, finding.actual.replace(/\s+/g, ' ').trim()]);
}

function fingerprint(identity: string, occurrence: number): string {
  return `${createHash('sha256').update(identity).digest('hex').slice(0, 32)}:${occurrence}`;
}

function fixes(finding: Finding, location: Sarif.ArtifactLocation, deleted: Sarif.Region): Sarif.Fix[] {
  // Fixes must be unique in the schema, and one that changes nothing is no fix.
  const replacements = [...new Set(finding.suggestions)].filter((text) => text !== finding.actual).slice(0, MAX_FIXES);
  return replacements.map((text) => ({
    description: {text: `Vervang ‘${finding.actual}’ door ‘${text}’.`},
    artifactChanges: [{artifactLocation: location, replacements: [{deletedRegion: deleted, insertedContent: {text}}]}],
  }));
}

/** The results as a SARIF 2.1.0 log (one run), pretty-printed JSON. */
export function formatSarif(results: FileResult[], rules: RuleInfo[], options: SarifOptions = {}): string {
  const base = resolve(options.baseDirectory ?? process.cwd());
  const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index]));
  const artifacts: Sarif.Artifact[] = [];
  const artifactIndex = new Map<string, number>();
  const sarifResults: Sarif.Result[] = [];

  for (const {file, report} of results) {
    const location = artifactLocation(file, base);
    // One artifact per distinct URI; results refer to it by index as well as by URI.
    const key = `${location.uriBaseId ?? ''}|${location.uri}`;
    let index = artifactIndex.get(key);
    if (index === undefined) {
      index = artifacts.length;
      artifactIndex.set(key, index);
      artifacts.push({location: {...location}, roles: ['analysisTarget']});
    }
    const located: Sarif.ArtifactLocation = {...location, index};

    // Occurrences are counted in document order, whatever order the report lists findings in.
    const ordered = report.findings
      .map((finding, position) => ({finding, position}))
      .sort((a, b) => a.finding.start.offset - b.finding.start.offset || a.finding.end.offset - b.finding.end.offset || a.position - b.position);
    const occurrences = new Map<string, number>();
    const fingerprints = new Map<Finding, string>();
    for (const {finding} of ordered) {
      const pair = identity(finding);
      const occurrence = (occurrences.get(pair) ?? 0) + 1;
      occurrences.set(pair, occurrence);
      fingerprints.set(finding, fingerprint(pair, occurrence));
    }

    for (const finding of report.findings) {
      const where = region(finding);
      const offered = fixes(finding, located, where);
      sarifResults.push({
        ruleId: finding.ruleId,
        // A finding of a rule missing from `rules` still gets out, just without the link.
        ...(ruleIndex.has(finding.ruleId) ? {ruleIndex: ruleIndex.get(finding.ruleId)} : {}),
        level: levels[finding.severity],
        message: {text: messageText(finding)},
        locations: [{physicalLocation: {artifactLocation: located, region: where}}],
        partialFingerprints: {[FINGERPRINT_KEY]: fingerprints.get(finding)!},
        ...(offered.length ? {fixes: offered} : {}),
      });
    }
  }

  const driver: Sarif.ToolComponent = {name: 'Helder', informationUri: 'https://github.com/helder-nl/helder'};
  if (options.toolVersion) {
    driver.version = options.toolVersion;
    driver.semanticVersion = options.toolVersion;
  }
  driver.language = 'nl';
  driver.rules = rules.map(ruleDescriptor);

  const baseUri = pathToFileURL(base).href;
  const run: Sarif.Run = {
    tool: {driver},
    originalUriBaseIds: {[SRCROOT]: {uri: baseUri.endsWith('/') ? baseUri : `${baseUri}/`}},
    artifacts,
    results: sarifResults,
    // Helder counts columns in UTF-16 code units, as JavaScript strings do.
    columnKind: 'utf16CodeUnits',
  };
  const log: Sarif.Log = {$schema: 'https://json.schemastore.org/sarif-2.1.0.json', version: '2.1.0', runs: [run]};
  return JSON.stringify(log, null, 2);
}
