// `npm run word:serve`: serves the Word add-in (extension/word/dist and its manifest) over HTTPS on
// https://localhost:3000 with a development certificate, and prints how to sideload it into Word
// on the web. The certificate is made offline by office-addin-dev-certs into .certs/ (not into the
// system's certificate store: trusting it is a step you take yourself, see the printed steps).
import {existsSync, readFileSync} from 'node:fs';
import {createServer} from 'node:https';
import {extname, join, normalize} from 'node:path';
import {fileURLToPath} from 'node:url';
import {generateCertificates} from 'office-addin-dev-certs';

const root = fileURLToPath(new URL('../', import.meta.url));
const dist = join(root, 'extension/word/dist');
const certs = join(root, '.certs');
const port = Number(process.env.PORT ?? 3000);

const paths = {ca: join(certs, 'ca.crt'), cert: join(certs, 'localhost.crt'), key: join(certs, 'localhost.key')};
if (!existsSync(paths.cert) || !existsSync(paths.key)) await generateCertificates(paths.ca, paths.cert, paths.key, 30);
if (!existsSync(join(dist, 'taskpane.js'))) {
  console.error('extension/word/dist ontbreekt: voer eerst `npm run build` uit.');
  process.exit(2);
}

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.png': 'image/png',
  '.xml': 'application/xml; charset=utf-8',
  '.hdic': 'application/octet-stream',
  '.map': 'application/json',
};

createServer({cert: readFileSync(paths.cert), key: readFileSync(paths.key)}, (request, response) => {
  const url = new URL(request.url ?? '/', `https://localhost:${port}`);
  const file = url.pathname === '/manifest.xml' ? join(root, 'extension/word/manifest.xml') : normalize(join(dist, url.pathname === '/' ? 'taskpane.html' : url.pathname));
  if ((!file.startsWith(dist) && !file.endsWith('manifest.xml')) || !existsSync(file)) {
    response.writeHead(404, {'content-type': 'text/plain; charset=utf-8'}).end('Niet gevonden');
    return;
  }
  response.writeHead(200, {'content-type': types[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store'}).end(readFileSync(file));
}).listen(port, '127.0.0.1', () => {
  console.log(`Helder voor Word draait op https://localhost:${port}/taskpane.html

Zo laadt u Helder in Word op het web (sideloaden):
  1. Vertrouw eenmalig het ontwikkelcertificaat in uw browser of systeem: ${paths.ca}
     (bijvoorbeeld in Chrome: Instellingen → Privacy en beveiliging → Certificaten beheren → Importeren,
     als vertrouwde basiscertificeringsinstantie). Open daarna https://localhost:${port}/taskpane.html:
     u ziet dan de pagina zonder waarschuwing.
  2. Open een document in Word op het web (https://www.office.com, Word).
  3. Kies Start → Invoegtoepassingen → Meer invoegtoepassingen → Mijn invoegtoepassingen →
     Mijn invoegtoepassing uploaden, en kies ${join(root, 'extension/word/manifest.xml')}.
  4. De knop Helder staat nu op het tabblad Start. Klik erop: het taakvenster opent.

Stoppen: Ctrl+C.`);
});
