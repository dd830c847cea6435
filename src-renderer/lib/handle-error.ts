/**
 * The one error path of the renderer: anything thrown ends here and becomes a sentence in the
 * toast region (role="alert"). Stack traces go to the console, never to the screen.
 */
import { ApiCallError } from './api-client.js';
import { t } from './i18n/index.js';
import { toasts } from '../stores/toasts.svelte.js';

export function errorMessage(error: unknown): string {
  if (error instanceof ApiCallError) {
    if (error.code === 'transport') return error.message;
    return error.message || t('error.refused', { code: error.code });
  }
  if (error instanceof Error) return error.message || error.name;
  if (typeof error === 'string' && error) return error;
  return t('error.generic');
}

/** `context` says what was being attempted, in the interface language: t('error.openArticle'). */
export function handleError(error: unknown, context?: string): void {
  if (error instanceof DOMException && error.name === 'AbortError') return;
  console.error('[parallax]', context ?? 'error', error);
  const message = errorMessage(error);
  toasts.error(context ? t('error.withContext', { context, message }) : message);
}
