/**
 * The web harness: the built renderer and the same API as the desktop app, over HTTP on loopback
 * only, against a real library on disk. End-to-end tests drive it in Chromium.
 *
 * Every API call needs the per-run token, which only the served index.html carries (another site
 * in the same browser cannot read it), and a Host header naming loopback (against DNS rebinding).
 */
import { randomBytes } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { httpRoutePrefix, webTokenHeader, type ApiHandlers } from '../api/contract.js';
import { dispatchApiCall } from '../api/dispatch.js';
import { contentSecurityPolicy } from '../api/content-security-policy.js';

export interface WebServerOptions {
  handlers: ApiHandlers;
  rendererDir: string;
  port?: number;
  token?: string;
}

export interface RunningWebServer {
  url: string;
  token: string;
  close(): Promise<void>;
}

const maxBodyBytes = 70 * 1024 * 1024;

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
};

/** How long requests in flight may take to finish when the harness stops. */
const closeGraceMs = 1_000;

export function startWebServer(options: WebServerOptions): Promise<RunningWebServer> {
  const token = options.token ?? randomBytes(24).toString('hex');
  const server = createServer((request, response) => {
    handle(request, response).catch((error) => {
      console.error('[parallax web] request failed:', error);
      if (!response.headersSent) sendJson(response, 500, { ok: false, error: { code: 'internal', message: 'The request failed.' } });
      else response.destroy();
    });
  });
  let port = 0;

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const host = request.headers.host ?? '';
    if (host !== `127.0.0.1:${port}` && host !== `localhost:${port}`) return sendText(response, 421, 'Misdirected request');
    const url = new URL(request.url ?? '/', `http://${host}`);
    if (url.pathname.startsWith(httpRoutePrefix)) {
      if (request.method !== 'POST') return sendText(response, 405, 'Use POST');
      if (request.headers[webTokenHeader] !== token) return sendJson(response, 403, { ok: false, error: { code: 'invalid-arguments', message: 'Missing or wrong token.' } });
      const body = await readBody(request);
      if (body === null) return sendJson(response, 413, { ok: false, error: { code: 'invalid-arguments', message: 'The request is too large.' } });
      let args: unknown;
      try {
        args = body.length ? JSON.parse(body) : {};
      } catch {
        return sendJson(response, 400, { ok: false, error: { code: 'invalid-arguments', message: 'The request body is not JSON.' } });
      }
      const method = decodeURIComponent(url.pathname.slice(httpRoutePrefix.length));
      return sendJson(response, 200, await dispatchApiCall(options.handlers, method, args));
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') return sendText(response, 405, 'Method not allowed');
    serveStatic(url.pathname, response);
  }

  function serveStatic(pathname: string, response: ServerResponse): void {
    const relative = normalize(decodeURIComponent(pathname === '/' ? '/index.html' : pathname)).replace(/^([/\\])+/u, '');
    const file = join(options.rendererDir, relative);
    if (!file.startsWith(options.rendererDir + sep) || relative.includes('\0')) return sendText(response, 404, 'Not found');
    try {
      if (!statSync(file).isFile()) return sendText(response, 404, 'Not found');
    } catch {
      return sendText(response, 404, 'Not found');
    }
    let body: Buffer | string = readFileSync(file);
    if (relative === 'index.html') {
      body = body.toString('utf8').replace('<head>', `<head>\n    <meta name="parallax-token" content="${token}">`);
    }
    response.writeHead(200, { ...securityHeaders(), 'content-type': contentTypes[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
    response.end(body);
  }

  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      port = (server.address() as AddressInfo).port;
      resolvePromise({
        url: `http://127.0.0.1:${port}/`,
        token,
        close: () =>
          new Promise<void>((done) => {
            server.close(() => done());
            // A browser tab still open holds keep-alive connections; they must not keep the process alive.
            server.closeIdleConnections();
            setTimeout(() => server.closeAllConnections(), closeGraceMs).unref();
          }),
      });
    });
  });
}

function readBody(request: IncomingMessage): Promise<string | null> {
  return new Promise((resolvePromise, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBodyBytes) tooLarge = true;
      else chunks.push(chunk);
    });
    request.on('end', () => resolvePromise(tooLarge ? null : Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

function securityHeaders(): Record<string, string> {
  return {
    'content-security-policy': contentSecurityPolicy,
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'cross-origin-opener-policy': 'same-origin',
    'cross-origin-resource-policy': 'same-origin',
  };
}

function sendJson(response: ServerResponse, status: number, value: unknown): void {
  response.writeHead(status, { ...securityHeaders(), 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  response.end(JSON.stringify(value));
}

function sendText(response: ServerResponse, status: number, text: string): void {
  response.writeHead(status, { ...securityHeaders(), 'content-type': 'text/plain; charset=utf-8' });
  response.end(text);
}
