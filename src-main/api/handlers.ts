/**
 * The contract's methods, implemented over a library. Arguments arrive validated (dispatch.ts);
 * each handler is a line or two because the work belongs to the core.
 */
import type { Library } from '../core/library/library.js';
import type { ApiHandlers } from './contract.js';

export function createHandlers(library: Library): ApiHandlers {
  return {
    libraryInfo: () => library.info(),
    listArticles: () => library.listArticles(),
    getArticle: ({ id }) => library.getArticle(id),
    search: ({ query, limit }) => library.search(query, limit),
    importPaths: ({ paths }) => library.importPaths(paths),
    importFiles: ({ files }) => library.importBuffers(files.map((file) => ({ source: file.name, bytes: Buffer.from(file.data, 'base64') }))),
    importText: ({ text, title, translationOf }) => library.importText(text, title, translationOf),
    importUrl: ({ url }) => library.importUrl(url),
    updateArticle: ({ id, ...patch }) => library.updateArticle(id, patch),
    removeArticle: ({ id }) => ({ removed: library.removeArticle(id) }),
    searchArticle: ({ id, query }) => ({ matches: library.searchArticle(id, query) }),
    figures: ({ ids }) => library.figures(ids),
    stories: () => ({ stories: library.stories() }),
    compare: (selection) => library.compare(selection),
    align: ({ original, translation }) => library.align(original, translation),
    setTranslation: ({ original, translation, paired }) => library.setTranslation(original, translation, paired),
    translations: ({ id }) => library.translations(id),
  };
}
