/**
 * The renderer's only way to the library. Every method of the contract becomes an async function
 * that resolves to its value or throws an `ApiCallError`. In Electron the preload's bridge carries
 * the call; in a browser (the web harness) it is a JSON POST to the method's HTTP route.
 */
import {
  apiMethods,
  httpRoute,
  webTokenHeader,
  type ApiArgs,
  type ApiErrorCode,
  type ApiMethod,
  type ApiResponse,
  type ApiResults,
  type ParallaxApi,
} from '../../src-main/api/contract.js';
import { t } from './i18n/index.js';

/** `transport`: the call never got an answer from the library (network, bridge or malformed reply). */
export type ClientErrorCode = ApiErrorCode | 'transport';

export class ApiCallError extends Error {
  override name = 'ApiCallError';
  readonly code: ClientErrorCode;
  readonly method: ApiMethod | undefined;

  constructor(code: ClientErrorCode, message: string, method?: ApiMethod) {
    super(message);
    this.code = code;
    this.method = method;
  }
}

type Transport = <M extends ApiMethod>(method: M, args: ApiArgs<M>) => Promise<unknown>;

const viaPreload: Transport = (method, args) => {
  const bridge = window.parallax;
  if (!bridge) throw new ApiCallError('transport', t('error.noBridge'), method);
  const call = bridge[method] as (args: unknown) => Promise<unknown>;
  return call(args);
};

/** The web harness writes its per-run token into index.html when it serves it. */
function webToken(): string {
  return document.querySelector('meta[name="parallax-token"]')?.getAttribute('content') ?? '';
}

const viaHttp: Transport = async (method, args) => {
  let response: Response;
  try {
    response = await fetch(httpRoute(method), {
      method: 'POST',
      headers: { 'content-type': 'application/json', [webTokenHeader]: webToken() },
      body: JSON.stringify(args ?? {}),
      cache: 'no-store',
      credentials: 'same-origin',
    });
  } catch (error) {
    throw new ApiCallError('transport', t('error.unreachable', { detail: describe(error) }), method);
  }
  try {
    // Error answers (400, 403, 404…) carry an ApiResponse too, so the body decides, not the status.
    return await response.json();
  } catch {
    throw new ApiCallError('transport', t('error.unreadableReply', { status: `${response.status} ${response.statusText}`.trim() }), method);
  }
};

function isApiResponse(value: unknown): value is ApiResponse<unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as { ok?: unknown; error?: { code?: unknown; message?: unknown } };
  if (candidate.ok === true) return 'value' in candidate;
  if (candidate.ok !== false || typeof candidate.error !== 'object' || candidate.error === null) return false;
  return typeof candidate.error.code === 'string' && typeof candidate.error.message === 'string';
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function unwrap<M extends ApiMethod>(method: M, reply: unknown): ApiResults[M] {
  if (!isApiResponse(reply)) throw new ApiCallError('transport', t('error.unexpectedReply', { method }), method);
  if (reply.ok) return reply.value as ApiResults[M];
  throw new ApiCallError(reply.error.code, reply.error.message, method);
}

async function call<M extends ApiMethod>(method: M, args: ApiArgs<M>): Promise<ApiResults[M]> {
  // Chosen per call: the preload runs before this bundle, but tests may install a bridge later.
  const transport = window.parallax ? viaPreload : viaHttp;
  let reply: unknown;
  try {
    reply = await transport(method, args);
  } catch (error) {
    if (error instanceof ApiCallError) throw error;
    throw new ApiCallError('transport', t('error.callFailed', { method, detail: describe(error) }), method);
  }
  return unwrap(method, reply);
}

function createApi(): ParallaxApi {
  const entries = apiMethods.map((method) => [method, (args: ApiArgs<typeof method>) => call(method, args)] as const);
  return Object.freeze(Object.fromEntries(entries)) as ParallaxApi;
}

export const api: ParallaxApi = createApi();
