// A tiny, dependency-free static server for the release build in ../dist,
// used by Playwright (playwright.config.ts `webServer`) and handy by hand:
//
//   node server.mjs            # http://127.0.0.1:4173/
//   PORT=5000 node server.mjs
//
// Routes are listed in ROUTES below: each maps a URL prefix to a directory
// and may add response headers (e.g. a Content-Security-Policy for one
// route). The same dist/ is served at `/` and under a nested sub-path, to
// prove the bundle only uses relative URLs. A prefix without its trailing
// slash redirects to it (relative URLs need the slash). Longest prefix wins.
// Only GET and HEAD; nothing is cached; `..` cannot leave a route's directory.

import { createServer } from 'node:http';
import { createReadStream, statSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = fileURLToPath(new URL('.', import.meta.url));
const DIST = resolve(HERE, '../dist');

/** The Content-Security-Policy the bundle runs under without violations. */
export const STRICT_CSP =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; " +
  "img-src 'self' data:; require-trusted-types-for 'script'; trusted-types 'none'";

export const ROUTES = [
  { prefix: '/', dir: DIST },
  // The bundle embedded deep in a news site's tree.
  { prefix: '/news/2020/embed/', dir: DIST },
  // Host pages of the embed tests (pym.js parent, AMP listener, direct mount).
  { prefix: '/hosts/', dir: resolve(HERE, 'hosts') },
  // Valid scorecards of the format's test corpus, read by pages through `?src=`.
  { prefix: '/fixtures/', dir: resolve(HERE, '../tests/fixtures/valid') },
  // The real pym.js, for parent pages in embed tests.
  { prefix: '/vendor/pym/', dir: resolve(HERE, 'node_modules/pym.js/dist') },
  // The bundle under the strict policy it is built for (docs: README "Use it").
  { prefix: '/csp/', dir: DIST, headers: { 'Content-Security-Policy': STRICT_CSP } },
  // For a sandboxed (opaque-origin) frame every load is cross-origin, so the
  // bundle's host must allow CORS, as common static hosts do.
  { prefix: '/cors/', dir: DIST, headers: { 'Access-Control-Allow-Origin': '*' } },
];

const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.webmanifest': 'application/manifest+json',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.zip': 'application/zip',
};

function routeFor(pathname) {
  return [...ROUTES]
    .sort((a, b) => b.prefix.length - a.prefix.length)
    .find((r) => pathname.startsWith(r.prefix) || pathname === r.prefix.slice(0, -1));
}

function send(res, status, body, headers = {}) {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', ...headers });
  res.end(body);
}

export function handle(req, res) {
  const url = new URL(req.url, 'http://localhost');
  let pathname;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return send(res, 400, 'bad request\n');
  }
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    return send(res, 405, 'method not allowed\n', { Allow: 'GET, HEAD' });
  }
  const route = routeFor(pathname);
  if (!route) return send(res, 404, 'not found\n');
  if (pathname === route.prefix.slice(0, -1)) {
    return send(res, 301, 'moved\n', { Location: route.prefix + url.search });
  }
  const root = resolve(route.dir);
  let file = resolve(root, '.' + sep + normalize(pathname.slice(route.prefix.length)));
  if (file !== root && !file.startsWith(root + sep)) return send(res, 403, 'forbidden\n');
  let stat;
  try {
    stat = statSync(file);
    if (stat.isDirectory()) {
      if (!pathname.endsWith('/')) {
        return send(res, 301, 'moved\n', { Location: url.pathname + '/' + url.search });
      }
      file = join(file, 'index.html');
      stat = statSync(file);
    }
  } catch {
    return send(res, 404, `not found: ${pathname}\n`);
  }
  res.writeHead(200, {
    'Content-Type': MIME[extname(file).toLowerCase()] ?? 'application/octet-stream',
    'Content-Length': stat.size,
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    ...route.headers,
  });
  if (req.method === 'HEAD') return res.end();
  createReadStream(file).pipe(res);
}

// Started directly (not imported): listen.
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const host = process.env.HOST ?? '127.0.0.1';
  const port = Number(process.env.PORT ?? 4173);
  createServer(handle).listen(port, host, () => {
    console.log(`serving ${DIST} on http://${host}:${port}/ (also under /news/2020/embed/)`);
  });
}
