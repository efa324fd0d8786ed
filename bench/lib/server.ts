import { createReadStream, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';

/**
 * A static file server on loopback that never compresses (so the bench sees raw bytes and computes
 * gzip itself) and logs every response, including those a Web Worker asks for.
 */

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.geojson': 'application/geo+json',
  '.pbf': 'application/x-protobuf',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webp': 'image/webp',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

export interface LoggedResponse {
  path: string;
  /** The file served, or null for a 404. */
  file: string | null;
  status: number;
  contentType: string;
  bytes: number;
  /** Date.now() when the request arrived. */
  at: number;
}

export interface StaticServer {
  origin: string;
  /** Responses since the last reset, in the order they finished. */
  readonly log: LoggedResponse[];
  /** Requests received and not yet answered in full. */
  inflight(): number;
  reset(): void;
  close(): Promise<void>;
}

/** Serves `root` on 127.0.0.1:`port` (0: a free port). */
export async function serveStatic(root: string, port = 0): Promise<StaticServer> {
  const base = resolve(root);
  let log: LoggedResponse[] = [];
  let inflight = 0;
  const server: Server = createServer((req, res) => {
    inflight += 1;
    const at = Date.now();
    let done = false;
    const finish = (entry: Omit<LoggedResponse, 'at'>): void => {
      if (done) return;
      done = true;
      inflight -= 1;
      log.push({ ...entry, at });
    };
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    let file: string | null = normalize(join(base, path));
    if (file !== base && !file.startsWith(base + sep)) file = null;
    try {
      if (file && statSync(file).isDirectory()) file = join(file, 'index.html');
      if (file && !statSync(file).isFile()) file = null;
    } catch {
      file = null;
    }
    if (!file) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
      finish({ path, file: null, status: 404, contentType: 'text/plain', bytes: 9 });
      return;
    }
    const contentType = TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
    const size = statSync(file).size;
    // Cacheable like a static host would serve it (each run has a fresh, empty cache anyway), so
    // that a page re-reading a file, e.g. the favicon on every history entry, does not refetch it.
    res.writeHead(200, { 'content-type': contentType, 'content-length': size, 'cache-control': 'max-age=600' });
    const servedFile = file;
    res.on('finish', () => {
      finish({ path, file: servedFile, status: 200, contentType, bytes: size });
    });
    res.on('close', () => {
      finish({ path, file: servedFile, status: 200, contentType, bytes: size });
    });
    if (req.method === 'HEAD') res.end();
    else createReadStream(file).pipe(res);
  });
  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', () => {
      ok();
    });
  });
  const bound = (server.address() as AddressInfo).port;
  return {
    origin: `http://127.0.0.1:${bound}`,
    get log() {
      return log;
    },
    inflight: () => inflight,
    reset: () => {
      log = [];
    },
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections();
        server.close(() => {
          ok();
        });
      }),
  };
}
