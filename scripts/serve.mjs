#!/usr/bin/env node
// A small static file server that serves a built site under its base path, the way an intranet
// web server would. Used by `npm start` and by the e2e tests.
//   node scripts/serve.mjs [--dir dist] [--port 4321] [--host 127.0.0.1]
// The base path comes from BASE_PATH (the same variable the build uses) or --base.
import { createServer } from 'node:http';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { resolve, join, extname, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { normaliseBase } from './base-path.mjs';

const { values } = parseArgs({
  options: {
    dir: { type: 'string', default: 'dist' },
    port: { type: 'string', default: process.env.PORT ?? '4321' },
    host: { type: 'string', default: '127.0.0.1' },
    base: { type: 'string', default: process.env.BASE_PATH ?? '/' },
  },
});

const root = resolve(values.dir);
const base = normaliseBase(values.base);
const types = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml',
  '.woff2': 'font/woff2',
  '.webmanifest': 'application/manifest+json',
};

/** Resolves a URL path inside the site folder, or null if it escapes it or lies outside the base. */
function toFile(pathname) {
  if (!pathname.startsWith(base)) return null;
  let rel;
  try {
    rel = decodeURIComponent(pathname.slice(base.length));
  } catch {
    return null;
  }
  const file = resolve(join(root, rel));
  if (file !== root && !file.startsWith(root + sep)) return null;
  return file;
}

async function findFile(file) {
  try {
    const info = await stat(file);
    if (info.isFile()) return file;
    if (info.isDirectory()) {
      const index = join(file, 'index.html');
      if ((await stat(index)).isFile()) return index;
    }
  } catch {
    /* not found */
  }
  return null;
}

function send(res, status, file, headOnly) {
  res.writeHead(status, {
    'content-type': types[extname(file)] ?? 'application/octet-stream',
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'cache-control': 'no-cache',
  });
  if (headOnly) return res.end();
  createReadStream(file).pipe(res);
}

const server = createServer(async (req, res) => {
  const { pathname } = new URL(req.url ?? '/', 'http://localhost');
  const headOnly = req.method === 'HEAD';
  if (req.method !== 'GET' && !headOnly) {
    res.writeHead(405, { allow: 'GET, HEAD' }).end();
    return;
  }
  if (`${pathname}/` === base) {
    res.writeHead(301, { location: base }).end();
    return;
  }
  const candidate = toFile(pathname);
  const file = candidate && (await findFile(candidate));
  if (file) {
    // A folder URL without its trailing slash: redirect so relative links resolve as on real servers.
    if (
      file.endsWith(`${sep}index.html`) &&
      !pathname.endsWith('/') &&
      !pathname.endsWith('.html')
    ) {
      res.writeHead(301, { location: `${pathname}/` }).end();
      return;
    }
    send(res, 200, file, headOnly);
    return;
  }
  const notFound = await findFile(join(root, '404.html'));
  if (notFound) send(res, 404, notFound, headOnly);
  else res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
});

const port = Number(values.port);
server.on('error', (err) => {
  console.error(`Could not start the server on port ${port}: ${err.message}`);
  console.error('Set another port with PORT=8080 npm start');
  process.exit(1);
});
server.listen(port, values.host, () => {
  console.log(`Cyber Cooperation Academy is being served from ${root}`);
  console.log(
    `Open http://${values.host === '0.0.0.0' ? 'localhost' : values.host}:${port}${base}`,
  );
  console.log('Press Ctrl+C to stop.');
});
