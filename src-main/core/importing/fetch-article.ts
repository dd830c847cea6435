/**
 * A web address to the bytes of one page, ready for `prepareArticle`: http and https only, every
 * redirect followed by hand and checked again, a total time limit, a size cap enforced while
 * reading, and only the content types Parallax can read. Nothing from the page is run or loaded
 * here; the bytes go to the same inert reader as a saved page (html.ts parses without scripts).
 */
import type { ImportInput, ImportProblem } from './prepared-article.js';

export interface FetchArticleOptions {
  /** For the whole download, redirects and body included. Default 20 s. */
  timeoutMs?: number;
  /** Largest body read; past it the download stops. Default 16 MB. */
  maxBytes?: number;
  /** Redirects followed before giving up. Default 5. */
  maxRedirects?: number;
  /** Cancels the download (a person pressing Cancel). */
  signal?: AbortSignal;
  /** Stands in for the global `fetch` (tests, instrumentation). */
  fetch?: typeof fetch;
}

export type FetchArticleResult = { ok: true; input: ImportInput; finalUrl: string } | { ok: false; problem: ImportProblem };

export const defaultFetchTimeoutMs = 20_000;
export const defaultFetchMaxBytes = 16 * 1024 * 1024;
export const defaultMaxRedirects = 5;

/** What `prepareArticle` reads, by media type; anything else is refused before its body is read. */
export const fetchableContentTypes: ReadonlySet<string> = new Set(['text/html', 'application/xhtml+xml', 'text/plain', 'text/markdown', 'text/x-markdown']);

const redirectStatuses = new Set([301, 302, 303, 307, 308]);
const acceptHeader = 'text/html,application/xhtml+xml;q=0.9,text/plain;q=0.8,text/markdown;q=0.8,*/*;q=0.1';

export async function fetchArticle(url: string, options: FetchArticleOptions = {}): Promise<FetchArticleResult> {
  const timeoutMs = positive(options.timeoutMs, defaultFetchTimeoutMs, 'timeoutMs');
  const maxBytes = positive(options.maxBytes, defaultFetchMaxBytes, 'maxBytes');
  const maxRedirects = options.maxRedirects ?? defaultMaxRedirects;
  if (!Number.isInteger(maxRedirects) || maxRedirects < 0) throw new RangeError('maxRedirects must be a whole number, 0 or more.');
  const fetchImpl = options.fetch ?? globalThis.fetch;

  const start = webAddress(url);
  if ('reason' in start) return fail(start);
  if (options.signal?.aborted) return fail(cancelled());

  let current = start;
  const timeout = AbortSignal.timeout(timeoutMs);
  const signal = options.signal ? AbortSignal.any([options.signal, timeout]) : timeout;
  const stopped = (error: unknown, phase: Phase): ImportProblem => {
    if (options.signal?.aborted) return cancelled();
    if (timeout.aborted) return timedOut(timeoutMs, phase);
    return networkProblem(error, current, phase);
  };

  let response: Response;
  for (let redirects = 0; ; redirects++) {
    try {
      response = await fetchImpl(current.href, { redirect: 'manual', signal, headers: { accept: acceptHeader } });
    } catch (error) {
      return fail(stopped(error, 'connect'));
    }
    if (!redirectStatuses.has(response.status)) break;

    await discard(response);
    const location = response.headers.get('location');
    if (!location) return fail({ reason: 'unreadable', message: `The web server answered with a redirect (${response.status}) but did not say where to.` });
    if (redirects >= maxRedirects) {
      return fail({ reason: 'unreadable', message: `The page redirected more than ${maxRedirects} ${maxRedirects === 1 ? 'time' : 'times'}; Parallax stopped following it.` });
    }
    const next = webAddress(location, current);
    if ('reason' in next) return fail({ reason: 'invalid', message: `The page redirects to ${describeTarget(location, current)}, which Parallax does not follow.` });
    current = next;
  }

  if (!response.ok) {
    await discard(response);
    const status = `${response.status}${response.statusText ? ` ${response.statusText}` : ''}`;
    return fail({ reason: 'unreadable', message: `The web server answered ${status}; the page could not be downloaded.` });
  }

  const contentType = response.headers.get('content-type')?.trim() ?? '';
  const mime = contentType.split(';')[0]?.trim().toLowerCase() ?? '';
  // A missing type is left to prepareArticle, which looks at the address and the bytes.
  if (mime !== '' && !fetchableContentTypes.has(mime)) {
    await discard(response);
    return fail({ reason: 'unsupported', message: `The address serves ${mime}, not a web page or text; Parallax reads HTML, plain text and Markdown.` });
  }

  const declaredLength = Number(response.headers.get('content-length') ?? Number.NaN);
  if (Number.isFinite(declaredLength) && declaredLength > maxBytes) {
    await discard(response);
    return fail(tooLarge(maxBytes));
  }

  let bytes: Uint8Array;
  try {
    const body = await readCapped(response, maxBytes);
    if (body === null) return fail(tooLarge(maxBytes));
    bytes = body;
  } catch (error) {
    return fail(stopped(error, 'body'));
  }

  const input: ImportInput = { source: current.href, bytes };
  if (contentType) input.contentType = contentType;
  return { ok: true, input, finalUrl: current.href };
}

type Phase = 'connect' | 'body';

function fail(problem: ImportProblem): FetchArticleResult {
  return { ok: false, problem };
}

function positive(value: number | undefined, fallback: number, name: string): number {
  if (value === undefined) return fallback;
  if (!Number.isFinite(value) || value <= 0) throw new RangeError(`${name} must be a positive number.`);
  return value;
}

/** An http or https address, resolved against `base` for redirects, without its #fragment. */
function webAddress(text: string, base?: URL): URL | ImportProblem {
  const trimmed = text.trim();
  let url: URL;
  try {
    url = new URL(trimmed, base);
  } catch {
    if (!trimmed) return { reason: 'invalid', message: 'No web address was given.' };
    const hint = /^[\w.-]+\.[a-z]{2,}(?:[/:?]|$)/iu.test(trimmed) ? ' (web addresses start with https:// or http://)' : '';
    return { reason: 'invalid', message: `“${shorten(trimmed)}” is not a web address${hint}.` };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return { reason: 'invalid', message: `Parallax downloads only web pages (http or https addresses), not ${url.protocol} addresses.` };
  }
  if (url.username || url.password) {
    return { reason: 'invalid', message: 'Web addresses with a user name or password in them are not downloaded.' };
  }
  url.hash = '';
  return url;
}

function describeTarget(location: string, base: URL): string {
  try {
    return `a ${new URL(location.trim(), base).protocol} address`;
  } catch {
    return 'an address that is not valid';
  }
}

function shorten(text: string): string {
  return text.length > 80 ? `${text.slice(0, 79)}…` : text;
}

/** Reads the body, stopping (and closing the connection) as soon as it passes `maxBytes`. */
async function readCapped(response: Response, maxBytes: number): Promise<Uint8Array | null> {
  if (!response.body) return new Uint8Array(0);
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => undefined);
      return null;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

/** Drops a body we will not read, so the connection is released rather than left hanging. */
async function discard(response: Response): Promise<void> {
  await response.body?.cancel().catch(() => undefined);
}

function tooLarge(maxBytes: number): ImportProblem {
  return { reason: 'too-large', message: `The page is larger than ${formatBytes(maxBytes)}; Parallax stopped downloading it.` };
}

function cancelled(): ImportProblem {
  return { reason: 'unreadable', message: 'The download was cancelled.' };
}

function timedOut(timeoutMs: number, phase: Phase): ImportProblem {
  const limit = formatDuration(timeoutMs);
  return {
    reason: 'unreadable',
    message: phase === 'connect' ? `The web server did not answer within ${limit}.` : `The page did not finish downloading within ${limit}.`,
  };
}

function networkProblem(error: unknown, url: URL, phase: Phase): ImportProblem {
  const host = url.host;
  const code = errorCode(error);
  let message: string;
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN' || code === 'EAI_NONAME') {
    message = `The address ${host} could not be found; check it and the network connection.`;
  } else if (code === 'ECONNREFUSED') {
    message = `The web server at ${host} refused the connection.`;
  } else if (code === 'ENETUNREACH' || code === 'EHOSTUNREACH' || code === 'ENETDOWN') {
    message = `The web server at ${host} cannot be reached; check the network connection.`;
  } else if (code === 'ETIMEDOUT' || code === 'UND_ERR_CONNECT_TIMEOUT') {
    message = `The connection to ${host} timed out.`;
  } else if (code !== null && (/CERT|SSL|TLS/u.test(code) || code === 'DEPTH_ZERO_SELF_SIGNED_CERT' || code === 'UNABLE_TO_VERIFY_LEAF_SIGNATURE')) {
    message = `The secure connection to ${host} could not be trusted (${code}).`;
  } else if (phase === 'body' || code === 'ECONNRESET' || code === 'UND_ERR_SOCKET' || code === 'EPIPE') {
    message = `The connection to ${host} was cut off before the page was downloaded.`;
  } else {
    const detail = innermostMessage(error);
    message = `The page could not be downloaded from ${host}${detail ? ` (${detail})` : ''}.`;
  }
  return { reason: 'unreadable', message };
}

/** Node's fetch wraps the system error: `TypeError('fetch failed', { cause })`, sometimes an AggregateError. */
function errorCode(error: unknown): string | null {
  for (let current: unknown = error, depth = 0; current && typeof current === 'object' && depth < 5; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string' && code) return code;
    const inner = (current as { errors?: unknown }).errors;
    if (Array.isArray(inner) && inner.length > 0) {
      const found = errorCode(inner[0]);
      if (found) return found;
    }
    current = (current as { cause?: unknown }).cause;
  }
  return null;
}

function innermostMessage(error: unknown): string | null {
  let message: string | null = null;
  for (let current: unknown = error, depth = 0; current instanceof Error && depth < 5; depth++) {
    if (current.message && current.message !== 'fetch failed') message = current.message;
    current = current.cause;
  }
  return message;
}

function formatDuration(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)} ms`;
  const seconds = Math.round(ms / 100) / 10;
  return `${seconds} ${seconds === 1 ? 'second' : 'seconds'}`;
}

function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MB`;
  if (bytes >= 1024) return `${Math.round((bytes / 1024) * 10) / 10} KB`;
  return `${bytes} bytes`;
}
