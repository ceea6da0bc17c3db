// A plain static file server with the semantics of common static hosts (nginx `try_files $uri $uri/index.html`,
// GitHub Pages, S3 website hosting): the site is served under `base`, a folder serves its index.html,
// a folder without a trailing slash redirects, anything else is a 404 with the site's 404.html.
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import path from 'node:path';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.xml': 'application/xml',
  '.wasm': 'application/wasm',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};

export interface RunningServer {
  origin: string;
  /** Origin plus base, ending in "/". */
  root: string;
  close: () => Promise<void>;
}

const isFile = async (file: string) => (await stat(file).catch(() => undefined))?.isFile() ?? false;
const isDir = async (file: string) => (await stat(file).catch(() => undefined))?.isDirectory() ?? false;

/** What a static host adds: response headers, and gzip for text when the client accepts it (as nginx does). */
export interface ServeOptions {
  headers?: Record<string, string>;
  gzip?: boolean;
}

export async function serveStatic(dir: string, base = '/', { headers = {}, gzip = false }: ServeOptions = {}): Promise<RunningServer> {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  const server: Server = createServer(async (req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const notFound = async () => {
      const page = path.join(dir, '404.html');
      res.writeHead(404, { ...headers, 'content-type': types['.html']! });
      res.end((await isFile(page)) ? await readFile(page) : 'Not found');
    };
    if (!pathname.startsWith(prefix) && pathname !== prefix.slice(0, -1)) return notFound();
    const relative = pathname.slice(prefix.length - 1);
    const file = path.join(dir, path.normalize(relative));
    if (!file.startsWith(dir)) return notFound();
    const send = async (file: string) => {
      const type = types[path.extname(file)] ?? 'application/octet-stream';
      const body = await readFile(file);
      const compress = gzip && /text|json|javascript|svg|xml/.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
      res.writeHead(200, { ...headers, 'content-type': type, ...(compress ? { 'content-encoding': 'gzip', vary: 'accept-encoding' } : {}) });
      res.end(compress ? gzipSync(body) : body);
    };
    if (await isFile(file)) return send(file);
    if (await isDir(file)) {
      if (!pathname.endsWith('/')) {
        res.writeHead(301, { location: `${pathname}/` });
        return res.end();
      }
      const index = path.join(file, 'index.html');
      if (await isFile(index)) return send(index);
    }
    return notFound();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    root: `${origin}${prefix}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
