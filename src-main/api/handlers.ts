/**
 * The contract's methods, implemented over a library. Arguments arrive validated (dispatch.ts);
 * each handler is a line or two because the work belongs to the core.
 */
import type { ImportOptions, Library } from '../core/library/library.js';
import type { ApiHandlers, LibraryLocationChange } from './contract.js';
import { ImportJobs } from './import-jobs.js';

/** What only the desktop app can do: it passes these; the web harness and the CLI do not. */
export interface DesktopActions {
  chooseLibraryLocation(): Promise<LibraryLocationChange>;
}

/**
 * `imports`: progress and cancel for the imports these handlers run (the CLI's Ctrl+C);
 * `desktop`: the desktop app's own actions.
 */
export function createHandlers(library: Library, imports: ImportOptions = {}, desktop?: DesktopActions): ApiHandlers {
  const jobs = new ImportJobs();
  return {
    libraryInfo: () => library.info(),
    listArticles: () => library.listArticles(),
    getArticle: ({ id }) => library.getArticle(id),
    search: ({ query, limit }) => library.search(query, limit),
    importPaths: ({ paths }) => jobs.run((options) => library.importPaths(paths, options), imports),
    importFiles: ({ files }) => jobs.run((options) => library.importBuffers(files.map((file) => ({ source: file.name, bytes: Buffer.from(file.data, 'base64') })), options), imports),
    importStatus: () => jobs.status(),
    cancelImport: () => ({ cancelled: jobs.cancel() }),
    chooseLibraryLocation: () =>
      desktop?.chooseLibraryLocation() ?? {
        changed: false,
        outcome: 'unsupported',
        path: library.info().path,
        message: 'Here the library is chosen when Parallax starts: npm run web -- --library PATH.',
      },
    importText: ({ text, title, translationOf }) => library.importText(text, title, { translationOf }),
    importUrl: ({ url }) => library.importUrl(url),
    updateArticle: ({ id, ...patch }) => library.updateArticle(id, patch),
    removeArticle: ({ id }) => ({ removed: library.removeArticle(id) }),
    searchArticle: ({ id, query }) => ({ matches: library.searchArticle(id, query) }),
    figures: ({ ids }) => library.figures(ids),
    stories: () => ({ stories: library.stories() }),
    renameStory: ({ story, label }) => library.renameStory(story, label),
    mergeStories: ({ into, from }) => library.mergeStories(into, from),
    splitStory: ({ story, articleIds }) => library.splitStory(story, articleIds),
    moveArticle: ({ article, story }) => library.moveArticle(article, story),
    compare: (selection) => library.compare(selection),
    exportComparison: ({ format, ...selection }) => library.exportComparison(selection, format),
    align: ({ original, translation }) => library.align(original, translation),
    setTranslation: ({ original, translation, paired }) => library.setTranslation(original, translation, paired),
    translations: ({ id }) => library.translations(id),
  };
}
