/**
 * Bringing articles in: files (picker or drag and drop) read as bytes and sent base64 in batches,
 * pasted text, or a web page by its address. The merged report of the last import is kept for the
 * summary panel.
 */
import type { ImportReport, SkippedItem } from '../../src-main/api/contract.js';
import { api } from '../lib/api-client.js';
import { bytesToBase64 } from '../lib/base64.js';
import { errorMessage, handleError } from '../lib/handle-error.js';
import { t } from '../lib/i18n/index.js';
import { toasts } from './toasts.svelte.js';

/** The contract allows 64 MB of base64 per file, which is 48 MB of bytes. */
const maxFileBytes = 48 * 1024 * 1024;
/** Keep each request to a size any transport handles comfortably. */
const maxBatchBytes = 24 * 1024 * 1024;
const maxBatchFiles = 200;
/** How often a running import's progress is asked for. */
const progressPollMs = 300;

export const acceptedFileTypes = '.txt,.md,.markdown,.html,.htm,text/plain,text/markdown,text/html';
/** The file names a folder import keeps. */
export const articleFileName = /^[^.].*\.(?:txt|md|markdown|html?)$/iu;

/**
 * A file the renderer itself could not send: its message is already in the interface language,
 * unlike the library's, which the summary explains by their reason.
 */
export type LocalSkip = SkippedItem & { readonly local: true };

interface EncodedFile {
  name: string;
  data: string;
}

class ImporterStore {
  busy = $state(false);
  /** What the busy indicator says ("Importing 3 files…"), in the interface language. */
  activity = $state('');
  report = $state.raw<ImportReport | null>(null);
  /** How far the running import of files got, polled from the library; null when none runs. */
  progress = $state.raw<{ done: number; total: number; current: string } | null>(null);
  /** Cancel was asked for: the library stops after the batch it is writing, and no more files are sent. */
  cancelling = $state(false);
  /** Files are being dragged over the window. */
  dragging = $state(false);
  pasteOpen = $state(false);
  /** The article the pasted text translates, when the paste dialog was opened for a translation. */
  pasteTranslationOf = $state<number | null>(null);
  /** The Import from URL dialog is showing. */
  urlOpen = $state(false);
  /** Why the last web import failed, shown in the URL dialog; null when it did not fail. */
  urlError = $state<string | null>(null);
  #input: HTMLInputElement | null = null;
  #folderInput: HTMLInputElement | null = null;

  /**
   * The hidden `<input type="file">`s, one for files and one for a folder (`webkitdirectory`);
   * buttons and commands anywhere open them through `openPicker`.
   */
  registerInputs(files: HTMLInputElement | null, folder: HTMLInputElement | null): void {
    this.#input = files;
    this.#folderInput = folder;
  }

  openPicker(what: 'files' | 'folder' = 'files'): void {
    const input = what === 'folder' ? this.#folderInput : this.#input;
    if (this.busy || !input) return;
    input.value = '';
    input.click();
  }

  /** The report of an import run elsewhere (the desktop app's main process). */
  showReport(report: ImportReport): void {
    this.report = report;
  }

  /** Imports files; resolves to the merged report, or null when nothing was sent. */
  async importFiles(files: readonly File[]): Promise<ImportReport | null> {
    if (files.length === 0 || this.busy) return null;
    this.busy = true;
    this.activity = t('import.importingFiles', { count: files.length });
    const report: ImportReport = { imported: [], skipped: [] };
    /** Files settled by the requests already answered (the library counts within one request). */
    let settled = 0;
    this.cancelling = false;
    this.progress = { done: 0, total: files.length, current: '' };
    const poll = setInterval(() => void this.#poll(() => settled, files.length), progressPollMs);
    try {
      let batch: EncodedFile[] = [];
      let batchBytes = 0;
      const send = async (): Promise<void> => {
        if (batch.length === 0 || this.cancelling) return;
        const answer = await api.importFiles({ files: batch });
        report.imported.push(...answer.imported);
        report.skipped.push(...answer.skipped);
        settled += batch.length - (answer.cancelled ?? 0);
        this.progress = { done: settled, total: files.length, current: batch.at(-1)?.name ?? '' };
        batch = [];
        batchBytes = 0;
      };
      for (const file of files) {
        if (this.cancelling) break;
        const encoded = await this.#encode(file);
        if ('reason' in encoded) {
          report.skipped.push(encoded);
          continue;
        }
        if (batch.length > 0 && (batchBytes + encoded.data.length > maxBatchBytes || batch.length >= maxBatchFiles)) await send();
        batch.push(encoded);
        batchBytes += encoded.data.length;
      }
      await send();
      const left = files.length - settled - report.skipped.filter((item) => 'local' in item).length;
      if (this.cancelling && left > 0) report.cancelled = left;
      this.report = report;
      return report;
    } catch (error) {
      // Whatever was imported before the failure is still worth reporting.
      if (report.imported.length + report.skipped.length > 0) this.report = report;
      handleError(error, t('error.import'));
      return null;
    } finally {
      clearInterval(poll);
      this.busy = false;
      this.activity = '';
      this.progress = null;
      this.cancelling = false;
    }
  }

  /** Stops the import of files: the library keeps what it has written; nothing more is sent. */
  async cancel(): Promise<void> {
    if (!this.progress || this.cancelling) return;
    this.cancelling = true;
    try {
      await api.cancelImport({});
    } catch (error) {
      handleError(error, t('error.import'));
    }
  }

  async #poll(settled: () => number, total: number): Promise<void> {
    try {
      const status = await api.importStatus({});
      if (status.running && this.progress) this.progress = { done: Math.min(total, settled() + status.done), total, current: status.current };
    } catch {
      // Progress is a courtesy: the import's own answer reports any failure.
    }
  }

  async importText(text: string, title?: string, translationOf?: number): Promise<ImportReport | null> {
    if (this.busy) return null;
    this.busy = true;
    this.activity = t('import.importingText');
    try {
      const report = await api.importText({ text, ...(title?.trim() ? { title: title.trim() } : {}), ...(translationOf ? { translationOf } : {}) });
      this.report = report;
      return report;
    } catch (error) {
      handleError(error, t('error.import'));
      return null;
    } finally {
      this.busy = false;
      this.activity = '';
    }
  }

  /**
   * Downloads one page and imports it. Resolves to the report when the page is in the library (or
   * already was: a duplicate), else to null with `urlError` set and an error toast shown.
   */
  async importUrl(url: string): Promise<ImportReport | null> {
    if (this.busy) return null;
    this.busy = true;
    this.urlError = null;
    this.activity = t('import.fetchingPage');
    try {
      const report = await api.importUrl({ url });
      const problem = report.imported.length === 0 ? report.skipped.find((item) => item.reason !== 'duplicate') : undefined;
      if (problem) {
        this.urlError = problem.message;
        toasts.error(t('error.withContext', { context: t('error.importPage'), message: problem.message }));
        return null;
      }
      this.report = report;
      return report;
    } catch (error) {
      this.urlError = errorMessage(error);
      handleError(error, t('error.importPage'));
      return null;
    } finally {
      this.busy = false;
      this.activity = '';
    }
  }

  dismissReport(): void {
    this.report = null;
  }

  clear(): void {
    this.progress = null;
    this.cancelling = false;
    this.busy = false;
    this.activity = '';
    this.report = null;
    this.dragging = false;
    this.pasteOpen = false;
    this.urlOpen = false;
    this.urlError = null;
  }

  async #encode(file: File): Promise<EncodedFile | LocalSkip> {
    if (file.size > maxFileBytes) {
      return { source: file.name, reason: 'too-large', message: t('import.tooLarge', { file: file.name }), local: true };
    }
    try {
      const bytes = new Uint8Array(await file.arrayBuffer());
      return { name: file.name || 'untitled', data: bytesToBase64(bytes) };
    } catch {
      // Folders dropped from a file manager arrive as unreadable File objects.
      return { source: file.name, reason: 'unreadable', message: t('import.unreadableFile', { file: file.name }), local: true };
    }
  }
}

export const importer = new ImporterStore();
