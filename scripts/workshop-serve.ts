// `npm run workshop`: serves the workshop page (workshop/dist, made by `npm run build`) on
// http://localhost:8080 (PORT to change). Only this computer can reach it, and it serves only the
// files in workshop/dist: the checking itself happens in the browser, the server only hands out files.
import {existsSync, readFileSync, statSync} from 'node:fs';
import {createServer} from 'node:http';
import {extname, join, normalize, sep} from 'node:path';
import {fileURLToPath} from 'node:url';

const root = fileURLToPath(new URL('../', import.meta.url));
const dist = join(root, 'workshop/dist');
const port = Number(process.env.PORT ?? 8080);

if (!existsSync(join(dist, 'workshop.js'))) {
  console.error('workshop/dist ontbreekt: voer eerst `npm run build` uit (of start met `npm run workshop`).');
  process.exit(2);
}

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.hdic': 'application/octet-stream',
  '.map': 'application/json',
};

const server = createServer((request, response) => {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    response.writeHead(405, {allow: 'GET, HEAD', 'content-type': 'text/plain; charset=utf-8'}).end('Niet toegestaan');
    return;
  }
  let path: string;
  try {
    path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
  } catch {
    path = '';
  }
  const file = normalize(join(dist, path === '/' ? 'index.html' : path));
  // Nothing outside workshop/dist, however the address is written (../, %2e%2e).
  if (!path || !file.startsWith(dist + sep) || !existsSync(file) || !statSync(file).isFile()) {
    response.writeHead(404, {'content-type': 'text/plain; charset=utf-8'}).end('Niet gevonden');
    return;
  }
  response.writeHead(200, {
    'content-type': types[extname(file)] ?? 'application/octet-stream',
    // Always the newest build: after `npm run build` a reload shows the change.
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
  });
  response.end(request.method === 'HEAD' ? undefined : readFileSync(file));
});

server.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EADDRINUSE') console.error(`Poort ${port} is al in gebruik. Kies een andere poort, bijvoorbeeld: PORT=${port + 1} npm run workshop`);
  else console.error(`De werkplaats kan niet starten: ${error.message}`);
  process.exit(1);
});

server.listen(port, '127.0.0.1', () => {
  console.log(`De Helder-werkplaats draait op http://localhost:${port}/

Open dat adres in uw browser. De pagina werkt zonder internet: de controle gebeurt in de browser
en de tekst gaat niet naar een server.

Stoppen: Ctrl+C.`);
});
