// The Word add-in manifest (extension/word/manifest.xml): valid against Microsoft's XSDs for the
// XML add-in manifest (offline, with xmllint from libxml2-utils), Word API 1.3 at least, and every
// address on the local development server https://localhost:3000/.
import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import {existsSync, readFileSync} from 'node:fs';
import {join} from 'node:path';

const root = new URL('../', import.meta.url).pathname;
const manifestPath = join(root, 'extension/word/manifest.xml');
const schemaPath = process.env.OFFICE_MANIFEST_XSD ?? join(root, '../shared/office-manifest-xsd/OfficeAppManifestV1_1.xsd');
const origin = 'https://localhost:3000';

const manifest = readFileSync(manifestPath, 'utf8');
/** The manifest without comments and namespace declarations (namespace names are not addresses). */
const content = manifest.replace(/<!--[\s\S]*?-->/g, '').replace(/\sxmlns(?::[\w-]+)?="[^"]*"/g, '');

/** Attribute values of every element with this local name. */
function attributeValues(element: string, attribute: string): string[] {
  const tags = content.match(new RegExp(`<(?:[\\w-]+:)?${element}\\b[^>]*>`, 'g')) ?? [];
  return tags.map((tag) => new RegExp(`\\s${attribute}="([^"]*)"`).exec(tag)?.[1]).filter((value): value is string => value !== undefined);
}

describe('Word add-in manifest', () => {
  it('validates against the Office add-in manifest schema (xmllint)', function () {
    assert.ok(existsSync(schemaPath), `schema not found at ${schemaPath} (set OFFICE_MANIFEST_XSD)`);
    const result = spawnSync('xmllint', ['--noout', '--schema', schemaPath, manifestPath], {encoding: 'utf8'});
    if ((result.error as NodeJS.ErrnoException | undefined)?.code === 'ENOENT') throw new Error('xmllint is missing: apt-get install -y libxml2-utils');
    if (result.error) throw result.error;
    assert.equal(result.status, 0, `xmllint: ${result.stderr}`);
    assert.match(result.stderr, /validates/);
  });

  it('is a Word task pane add-in that needs WordApi 1.3', () => {
    assert.match(content, /<OfficeApp\b[^>]*\sxsi:type="TaskPaneApp"/);
    assert.deepEqual(attributeValues('Host', 'Name'), ['Document']);
    assert.deepEqual(attributeValues('Set', 'Name'), ['WordApi']);
    assert.deepEqual(attributeValues('Set', 'MinVersion'), ['1.3']);
    assert.match(content, /<Sets DefaultMinVersion="1\.1">/);
    assert.match(content, /<Permissions>ReadWriteDocument<\/Permissions>/);
    assert.match(content, /<DefaultLocale>nl-NL<\/DefaultLocale>/);
    assert.match(content, /<DisplayName DefaultValue="Helder"\/>/);
    assert.match(content, /<Version>0\.1\.0\.0<\/Version>/);
  });

  it('has a Helder button on the Home tab that opens the task pane', () => {
    assert.match(content, /<OfficeTab id="TabHome">/);
    assert.match(content, /<Control xsi:type="Button"/);
    assert.match(content, /<Action xsi:type="ShowTaskpane">/);
    const urlResources = new Map(attributeValues('Url', 'id').map((id, index) => [id, attributeValues('Url', 'DefaultValue')[index]]));
    const buttonSource = /<Action xsi:type="ShowTaskpane">[\s\S]*?<SourceLocation resid="([^"]+)"\/>/.exec(content)?.[1];
    assert.equal(urlResources.get(buttonSource ?? ''), `${origin}/taskpane.html`);
    // Every resource reference points at a defined resource.
    const defined = new Set(attributeValues('Image', 'id').concat(attributeValues('Url', 'id'), attributeValues('String', 'id')));
    const referenced = [...content.matchAll(/\sresid="([^"]+)"/g)].map((match) => match[1]);
    assert.ok(referenced.length >= 6);
    for (const id of referenced) assert.ok(defined.has(id), `resid ${id} is defined under <Resources>`);
  });

  it('uses only https://localhost:3000/ addresses, and the icons exist', () => {
    const urls = [...content.matchAll(/https?:\/\/[^\s"<>]+/g)].map((match) => match[0]);
    assert.ok(urls.length >= 8, `found ${urls.length} addresses`);
    for (const url of urls) assert.ok(new URL(url).href.startsWith(`${origin}/`), `${url} is on ${origin}/`);
    assert.deepEqual([...content.matchAll(/<AppDomain>([^<]*)<\/AppDomain>/g)].map((match) => match[1]), [origin]);
    assert.equal(attributeValues('SourceLocation', 'DefaultValue')[0], `${origin}/taskpane.html`);

    const icons = urls.filter((url) => url.startsWith(`${origin}/assets/`));
    assert.deepEqual(new Set(icons), new Set([16, 32, 64, 80].map((size) => `${origin}/assets/icon-${size}.png`)));
    for (const url of new Set(icons)) {
      const png = readFileSync(join(root, 'extension/word', new URL(url).pathname));
      const size = Number(/icon-(\d+)\.png$/.exec(url)![1]);
      assert.equal(png.subarray(1, 4).toString('latin1'), 'PNG', `${url} is a PNG`);
      assert.deepEqual([png.readUInt32BE(16), png.readUInt32BE(20)], [size, size], `${url} is ${size}x${size}`);
    }
  });

  it('names every rule for the pop-ups of Word annotations, and links to a help page that exists', async () => {
    const {allRules: rules} = await import('../lint-rules/index.js');
    const strings = new Map(attributeValues('String', 'id').map((id, index) => [id, attributeValues('String', 'DefaultValue')[index]]));
    for (const id of ['Helder.Critique.Branding', 'Helder.Critique.Subtitle']) assert.ok(strings.get(id), `${id} is defined`);
    for (const rule of rules) {
      const title = strings.get(`Helder.Rule.${rule.id}`);
      assert.ok(title, `Helder.Rule.${rule.id} is defined`);
      assert.ok(title!.length <= 125, 'a ShortString has at most 125 characters');
    }
    const support = attributeValues('SupportUrl', 'DefaultValue')[0];
    assert.equal(support, `${origin}/hulp.html`);
    assert.match(readFileSync(join(root, 'extension/word/src/hulp.html'), 'utf8'), /<html lang="nl">[\s\S]*Uw tekst wordt nergens naartoe gestuurd/);
  });
});
