/**
 * `parallax`: the library from a terminal. Every command goes through the same API handlers as the
 * app, so what the CLI prints is what the app shows.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { ApiArgs, ApiMethod, ApiResults, ImportReport, StoryEditResult } from '../api/contract.js';
import { dispatchApiCall } from '../api/dispatch.js';
import { createHandlers } from '../api/handlers.js';
import { defaultLibraryPath, resolveLibraryPath } from '../core/library/default-location.js';
import { Library } from '../core/library/library.js';
import { formatArticle, formatFigures, formatImport, formatList, formatSearch, formatStories, formatStoryEdit } from './format.js';

const usage = `Usage: parallax [--library PATH] [--json] <command>

Commands:
  import PATH|URL...        import files, folders (.txt, .md, .html) and web pages
  list                      list the articles in the library
  show ID                   show one article, paragraph by paragraph
  search QUERY [--limit N]  search every article
  remove ID                 remove an article
  figures ID...             the figures of these articles, linked across them
  backup [--out FILE]       copy the library (default: into its backups folder)
  stories                   the articles grouped into stories
  stories rename ID NAME    name a story
  stories merge ID ID       put the second story's articles into the first
  stories split ID ARTICLE...  take these articles out of a story into a new one
  stories move ARTICLE ID   move an article to another story
  compare ID... | --story S themes, figures and coverage across articles

Options:
  --library PATH  the library database (default: ${defaultLibraryPath()}; or set PARALLAX_LIBRARY)
  --json          print machine-readable JSON
  -h, --help      show this help`;

class CliError extends Error {}

export async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        library: { type: 'string' },
        json: { type: 'boolean', default: false },
        limit: { type: 'string' },
        out: { type: 'string' },
        story: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    return fail((error as Error).message);
  }
  const { values, positionals } = parsed;
  const [command, ...rest] = positionals;
  if (values.help || !command) {
    (values.help ? process.stdout : process.stderr).write(usage + '\n');
    return values.help ? 0 : 2;
  }
  let library: Library;
  const path = resolveLibraryPath(values.library ?? defaultLibraryPath());
  try {
    library = Library.open(path);
  } catch (error) {
    return fail(`cannot open the library at ${path}: ${(error as Error).message}`);
  }
  const call = async <M extends ApiMethod>(method: M, args: ApiArgs<M>): Promise<ApiResults[M]> => {
    const response = await dispatchApiCall(createHandlers(library), method, args);
    if (!response.ok) throw new CliError(response.error.message);
    return response.value as ApiResults[M];
  };
  const print = (json: unknown, text: string) => process.stdout.write((values.json ? JSON.stringify(json, null, 2) : text) + '\n');
  try {
    switch (command) {
      case 'import': {
        if (rest.length === 0) throw new CliError('import needs at least one file, folder or web address');
        const urls = rest.filter((arg) => /^https?:\/\//iu.test(arg));
        const paths = rest.filter((arg) => !urls.includes(arg));
        const report: ImportReport = paths.length ? await call('importPaths', { paths }) : { imported: [], skipped: [] };
        for (const url of urls) {
          const fromWeb = await call('importUrl', { url });
          report.imported.push(...fromWeb.imported);
          report.skipped.push(...fromWeb.skipped);
        }
        print(
          {
            imported: report.imported,
            skipped: report.skipped.map(({ source, reason, message, existingId }) => ({ source, reason, message, ...(existingId ? { existingId } : {}) })),
          },
          formatImport(report),
        );
        if (!values.json) for (const skipped of report.skipped) process.stderr.write(`skipped ${skipped.source}: ${skipped.message}\n`);
        return report.skipped.some((s) => s.reason !== 'duplicate') ? 1 : 0;
      }
      case 'list': {
        const articles = await call('listArticles', {});
        print(
          articles.map(({ id, source, title, language, outlet, published, words }) => ({ id, source, title, language, outlet, published, words })),
          formatList(articles),
        );
        return 0;
      }
      case 'show': {
        const article = await call('getArticle', { id: articleIdArgument(rest) });
        const { id, source, title, language, outlet, published, paragraphs } = article;
        print({ id, source, title, language, outlet, published, paragraphs }, formatArticle(article));
        return 0;
      }
      case 'search': {
        if (rest.length === 0) throw new CliError('search needs a query');
        const limit = values.limit === undefined ? 20 : Number(values.limit);
        if (!Number.isInteger(limit) || limit < 1) throw new CliError(`--limit must be a positive whole number, not ${values.limit}`);
        const result = await call('search', { query: rest.join(' '), limit: Math.min(limit, 500) });
        print(
          {
            query: result.query,
            total: result.total,
            tookMs: result.tookMs,
            hits: result.hits.map(({ id, source, title, language, score, snippet, matches }) => ({ id, source, title, language, score, snippet, matches })),
          },
          formatSearch(result),
        );
        return 0;
      }
      case 'remove': {
        const id = articleIdArgument(rest);
        const { removed } = await call('removeArticle', { id });
        if (!removed) throw new CliError(`there is no article ${id} in this library`);
        print({ removed: id }, `Removed article ${id}.`);
        return 0;
      }
      case 'figures': {
        if (rest.length === 0) throw new CliError('figures needs at least one article id (see parallax list)');
        const ids = rest.map((value) => articleIdArgument([value]));
        const report = await call('figures', { ids });
        print({ figures: report.figures }, formatFigures(report));
        return 0;
      }
      case 'stories': {
        const [action, ...args] = rest;
        if (action === undefined) {
          const { stories } = await call('stories', {});
          print(stories, formatStories(stories));
          return 0;
        }
        const result = await editStory(call, action, args);
        print(result, formatStoryEdit(action, result));
        return 0;
      }
      case 'compare': {
        const selection = values.story ? { story: values.story } : { ids: rest.map((value) => articleIdArgument([value])) };
        if (!values.story && rest.length < 2) throw new CliError('compare needs two or more article ids, or --story ID');
        const comparison = await call('compare', selection);
        print(comparison, comparison.themes.map((t) => `${t.id}\t${t.label}\t${t.members.map((m) => `#${m.article}¶${m.paragraph}`).join(' ')}`).join('\n'));
        return 0;
      }
      case 'backup': {
        // A file copy of the database, not an API call: backups are the CLI's and the app's own business.
        const path = library.backup(values.out ? resolve(values.out) : undefined);
        print({ backup: path }, `Backed up to ${path}`);
        return 0;
      }
      default:
        throw new CliError(`unknown command "${command}"; run parallax --help`);
    }
  } catch (error) {
    return fail(error instanceof CliError ? error.message : `unexpected error: ${(error as Error).message}`);
  } finally {
    library.close();
  }
}

type Call = <M extends ApiMethod>(method: M, args: ApiArgs<M>) => Promise<ApiResults[M]>;

/** `stories rename|merge|split|move …`: one edit of the story list. */
async function editStory(call: Call, action: string, args: string[]): Promise<StoryEditResult> {
  switch (action) {
    case 'rename':
      if (args.length < 2) throw new CliError('stories rename needs a story id and a name');
      return call('renameStory', { story: args[0]!, label: args.slice(1).join(' ') });
    case 'merge':
      if (args.length !== 2) throw new CliError('stories merge needs two story ids: the story to keep, then the one to merge into it');
      return call('mergeStories', { into: args[0]!, from: args[1]! });
    case 'split':
      if (args.length < 2) throw new CliError('stories split needs a story id and the ids of the articles to take out of it');
      return call('splitStory', { story: args[0]!, articleIds: args.slice(1).map((value) => articleIdArgument([value])) });
    case 'move':
      if (args.length !== 2) throw new CliError('stories move needs an article id and a story id');
      return call('moveArticle', { article: articleIdArgument([args[0]!]), story: args[1]! });
    default:
      throw new CliError(`unknown stories action "${action}"; expected rename, merge, split or move`);
  }
}

function articleIdArgument(rest: string[]): number {
  const id = Number(rest[0]);
  if (rest.length !== 1 || !Number.isInteger(id) || id < 1) throw new CliError('expected one article id (a positive whole number; see parallax list)');
  return id;
}

function fail(message: string): number {
  process.stderr.write(`parallax: ${message}\n`);
  return 1;
}
