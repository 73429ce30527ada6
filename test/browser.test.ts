// The engine has no Node-only imports: bundled for the browser by esbuild, it runs in a real
// browser page (Debian's Chromium, headless, with every request answered locally).
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {build} from 'esbuild';
import {type Browser} from 'playwright-core';
import {launchChromium} from './support/browser.js';

const root = new URL('../', import.meta.url).pathname;

describe('engine in a browser', function () {
  this.timeout(120_000);
  let browser: Browser;
  let bundle: string;

  before(async () => {
    const result = await build({
      entryPoints: [join(root, 'lint-rules/index.ts')],
      bundle: true,
      platform: 'browser',
      format: 'esm',
      // The 'worker' builds of dependencies avoid `document`, so the engine also runs in a Web Worker.
      conditions: ['worker'],
      write: false,
      minify: true,
      logLevel: 'silent',
    });
    bundle = result.outputFiles[0].text;
    browser = await launchChromium();
  });

  after(async () => browser?.close());

  it('bundles without Node built-ins', () => {
    assert.doesNotMatch(bundle, /from\s*["']node:/);
    assert.ok(bundle.length > 10_000);
  });

  it('checks Dutch and English text in the page', async () => {
    const page = await browser.newPage();
    const outside: string[] = [];
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.route('**/*', (route) => {
      const url = route.request().url();
      if (url === 'http://helder.test/') return route.fulfill({contentType: 'text/html', body: '<!doctype html><title>Helder</title>'});
      if (url === 'http://helder.test/engine.js') return route.fulfill({contentType: 'text/javascript', body: bundle});
      outside.push(url);
      return route.abort();
    });
    await page.goto('http://helder.test/');
    const [report, english] = await page.evaluate(async () => {
      const engine = await import('http://helder.test/engine.js' as string);
      const checker = engine.createChecker();
      return [
        checker.check(
          '# Uw aanvraag\n\nWij hebben uw aanvraag voor een vergunning voor het kappen van twee bomen in uw achtertuin op 3 maart ontvangen en laten u binnen acht weken weten wat wij besluiten.',
          {format: 'markdown'},
        ),
        // English, detected in the page: the English pipeline (retext-english and its plugins) runs there too.
        checker.check('Your application was rejected because the form was not signed. Please utilise the online form prior to your next appointment.'),
      ];
    });
    assert.deepEqual(errors, []);
    assert.deepEqual(outside, []);
    assert.equal(report.language, 'nl');
    assert.ok(report.findings.some((finding: {ruleId: string}) => finding.ruleId === 'long-sentence'));
    assert.equal(report.readability.sentences, 1);
    assert.equal(english.language, 'en');
    assert.deepEqual(
      english.findings.filter((finding: {ruleId: string}) => finding.ruleId === 'simplify').map((finding: {actual: string}) => finding.actual),
      ['utilise', 'prior to'],
    );
    assert.ok(english.readability.english.fleschReadingEase > 0);
    console.log(`      (engine bundle for the browser: ${Math.round(bundle.length / 1024)} kB)`);
    await page.close();
  });

  it('runs the spelling rule in a Web Worker with the dictionaries fetched next to the bundle', async () => {
    // The built bundle and dictionaries, as a host would serve them (npm test builds first).
    const files: Record<string, {type: string; body: Buffer | string}> = {
      'http://helder.test/': {type: 'text/html', body: '<!doctype html><title>Helder</title>'},
      'http://helder.test/dist/helder-engine.browser.js': {type: 'text/javascript', body: readFileSync(join(root, 'dist/helder-engine.browser.js'))},
      'http://helder.test/dist/dictionaries/nl.hdic': {type: 'application/octet-stream', body: readFileSync(join(root, 'dist/dictionaries/nl.hdic'))},
      'http://helder.test/dist/dictionaries/en.hdic': {type: 'application/octet-stream', body: readFileSync(join(root, 'dist/dictionaries/en.hdic'))},
      'http://helder.test/worker.js': {
        type: 'text/javascript',
        body: `
          import {createChecker, loadSpelling, fetchDictionaryLoader} from './dist/helder-engine.browser.js';
          self.onmessage = async (event) => {
            const spelling = await loadSpelling(fetchDictionaryLoader(new URL('./dist/dictionaries/', self.location.href)));
            const report = createChecker({spelling}).check(event.data);
            self.postMessage(report.findings.filter((finding) => finding.ruleId === 'spelling'));
          };`,
      },
    };
    const page = await browser.newPage();
    const outside: string[] = [];
    const served: string[] = [];
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    await page.context().route('**/*', (route) => {
      const url = route.request().url();
      const file = files[url];
      if (!file) {
        outside.push(url);
        return route.abort();
      }
      served.push(url);
      return route.fulfill({contentType: file.type, body: file.body});
    });
    await page.goto('http://helder.test/');
    const findings = await page.evaluate(
      (text) =>
        new Promise<{actual: string; suggestions: string[]; severity: string}[]>((resolve, reject) => {
          const worker = new Worker('/worker.js', {type: 'module'});
          worker.onmessage = (event) => resolve(event.data);
          worker.onerror = (event) => reject(new Error(event.message));
          worker.postMessage(text);
        }),
      'Wij verwerken uw persoonsgegevens voor de verkenningsfase. De vergunnig voor de dienstverlening van de Rijksoverheid volgt.',
    );
    assert.deepEqual(errors, []);
    assert.deepEqual(outside, []);
    assert.ok(served.includes('http://helder.test/dist/dictionaries/nl.hdic'), 'the dictionary was fetched');
    assert.deepEqual(
      findings.map((finding) => finding.actual),
      ['vergunnig'],
    );
    assert.equal(findings[0].suggestions[0], 'vergunning');
    assert.equal(findings[0].severity, 'warning');
    await page.close();
  });
});
