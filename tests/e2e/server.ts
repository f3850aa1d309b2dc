/**
 * A tiny static server on 127.0.0.1 for fixture pages. Each test worker gets
 * its own port. A fixture `name.html` may have `name.headers.json` beside it
 * with extra response headers (e.g. a strict Content-Security-Policy).
 */
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

export const FIXTURES_DIR = join(import.meta.dirname, '..', 'fixtures');

export interface FixtureServer {
  origin: string;
  close(): Promise<void>;
}

export async function startFixtureServer(root = FIXTURES_DIR): Promise<FixtureServer> {
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    // Browsers ask for it on every page; a 404 would log a console error.
    if (url.pathname === '/favicon.ico') {
      res.writeHead(204).end();
      return;
    }
    const rel = normalize(decodeURIComponent(url.pathname)).replace(/^(\.\.[/\\])+/, '');
    const file = join(root, rel);
    if (!file.startsWith(root) || !existsSync(file) || !extname(file)) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const headersFile = file.replace(/\.html$/, '.headers.json');
    const extra =
      headersFile !== file && existsSync(headersFile)
        ? (JSON.parse(readFileSync(headersFile, 'utf8')) as Record<string, string>)
        : {};
    res.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-store',
      ...extra,
    });
    res.end(readFileSync(file));
  });
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise(resolve => {
        server.close(() => resolve());
        // The browser keeps idle keep-alive sockets in its pool; close() would wait for them.
        server.closeAllConnections();
      }),
  };
}
