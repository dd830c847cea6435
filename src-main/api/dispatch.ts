/**
 * Runs one API call against the handlers: validates the arguments with the contract's schema and
 * turns every failure into an error value. IPC, the web harness and the CLI all go through here.
 */
import { InvalidRequestError, NotFoundError } from '../core/errors.js';
import { apiArgs, isApiMethod, type ApiError, type ApiHandlers, type ApiResponse } from './contract.js';

export async function dispatchApiCall(handlers: ApiHandlers, method: string, rawArgs: unknown): Promise<ApiResponse<unknown>> {
  if (!isApiMethod(method)) return { ok: false, error: { code: 'unknown-method', message: `Unknown method: ${method.slice(0, 80)}` } };
  const parsed = apiArgs[method].safeParse(rawArgs ?? {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? ` (${issue.path.join('.')})` : '';
    return { ok: false, error: { code: 'invalid-arguments', message: `Invalid arguments for ${method}${where}: ${issue?.message ?? 'rejected'}` } };
  }
  try {
    const handler = handlers[method] as (args: unknown) => unknown;
    return { ok: true, value: await handler(parsed.data) };
  } catch (error) {
    return { ok: false, error: toApiError(error) };
  }
}

export function toApiError(error: unknown): ApiError {
  if (error instanceof NotFoundError) return { code: 'not-found', message: error.message };
  if (error instanceof InvalidRequestError) return { code: 'invalid-arguments', message: error.message };
  const message = error instanceof Error ? error.message : String(error);
  // The message is for people; the stack stays in the process that threw.
  console.error('[parallax] internal error:', error);
  return { code: 'internal', message };
}
