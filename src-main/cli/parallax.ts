/**
 * `parallax`: the library from a terminal. Every command goes through the same API handlers as the
 * app, so what the CLI prints is what the app shows.
 */
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { exportFormats, type ApiArgs, type ApiMethod, type ApiResults, type ExportFormat, type ImportReport, type StoryEditResult } from '../api/contract.js';
import { dispatchApiCall } from '../api/dispatch.js';
import { createHandlers } from '../api/handlers.js';
import { alignSentences } from '../core/alignment/align-sentences.js';
import { readSentenceLines } from '../core/alignment/eval/textberg.js';
import { formatLinks } from '../core/alignment/links.js';
import { detectLanguage } from '../core/importing/language.js';
import { defaultLibraryPath, resolveLibraryPath } from '../core/library/default-location.js';
import { Library, type ImportProgress } from '../core/library/library.js';
import { formatAlignment, formatArticle, formatFigures, formatImport, formatList, formatSearch, formatStories, formatStoryEdit, formatTranslations } from './format.js';

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
  export ID... | --story S --format html|md|csv [--out FILE|DIR]
                            the comparison as a report file (default: to stdout)
  align ORIGINAL TRANSLATION          an article and its translation, sentence by sentence, with
                                      the figures and names the translation lost or changed
  align --src FILE --tgt FILE [--src-lang L --tgt-lang L]
                                      align two files of one sentence per line; prints one link
                                      per line, [0]:[0,1] (sentence numbers from 0)
  translation ORIGINAL TRANSLATION [--remove]
                                      mark an article as a translation of another (or no longer)
  translations ID                     an article's translations and the pairings Parallax proposes

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
        format: { type: 'string' },
        src: { type: 'string' },
        tgt: { type: 'string' },
        'src-lang': { type: 'string' },
        'tgt-lang': { type: 'string' },
        remove: { type: 'boolean', default: false },
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
  // Aligning two files needs no library: it is the benchmark tools' interface.
  if (command === 'align' && (values.src !== undefined || values.tgt !== undefined)) {
    return alignFiles(values.src, values.tgt, values['src-lang'], values['tgt-lang']);
  }
  let library: Library;
  const path = resolveLibraryPath(values.library ?? defaultLibraryPath());
  try {
    library = Library.open(path);
  } catch (error) {
    return fail(`cannot open the library at ${path}: ${(error as Error).message}`);
  }
  // Ctrl+C during an import stops it after the batch being written: what was written stays.
  const cancel = new AbortController();
  const onProgress = process.stderr.isTTY ? ({ done, total }: ImportProgress) => process.stderr.write(`\rimporting: ${done} of ${total}`) : undefined;
  const call = async <M extends ApiMethod>(method: M, args: ApiArgs<M>): Promise<ApiResults[M]> => {
    const response = await dispatchApiCall(createHandlers(library, { signal: cancel.signal, onProgress }), method, args);
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
        const stop = () => cancel.abort();
        process.once('SIGINT', stop);
        const report: ImportReport = paths.length ? await call('importPaths', { paths }).finally(() => process.removeListener('SIGINT', stop)) : { imported: [], skipped: [] };
        if (onProgress && paths.length) process.stderr.write('\n');
        for (const url of urls) {
          const fromWeb = await call('importUrl', { url });
          report.imported.push(...fromWeb.imported);
          report.skipped.push(...fromWeb.skipped);
        }
        print(
          {
            imported: report.imported,
            skipped: report.skipped.map(({ source, reason, message, existingId }) => ({ source, reason, message, ...(existingId ? { existingId } : {}) })),
            ...(report.cancelled ? { cancelled: report.cancelled } : {}),
          },
          formatImport(report),
        );
        if (!values.json) for (const skipped of report.skipped) process.stderr.write(`skipped ${skipped.source}: ${skipped.message}\n`);
        return report.cancelled || report.skipped.some((s) => s.reason !== 'duplicate') ? 1 : 0;
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
      case 'export': {
        const format = values.format as ExportFormat | undefined;
        if (!format || !exportFormats.includes(format)) throw new CliError(`export needs --format ${exportFormats.join(', ')}`);
        if (values.story && rest.length > 0) throw new CliError('export takes --story ID or article ids, not both');
        if (!values.story && rest.length < 2) throw new CliError('export needs two or more article ids, or --story ID');
        const selection = values.story ? { story: values.story } : { ids: rest.map((value) => articleIdArgument([value])) };
        const file = await call('exportComparison', { ...selection, format });
        if (!values.out) {
          process.stdout.write(values.json ? JSON.stringify(file, null, 2) + '\n' : file.content);
          return 0;
        }
        const path = exportTarget(values.out, file.fileName);
        try {
          writeFileSync(path, file.content, 'utf8');
        } catch (error) {
          throw new CliError(`cannot write ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
        }
        print({ out: path, fileName: file.fileName, mimeType: file.mimeType, bytes: Buffer.byteLength(file.content) }, `Wrote the ${format} comparison to ${path}`);
        return 0;
      }
      case 'align': {
        if (rest.length !== 2) throw new CliError('align needs two article ids, the original and its translation (or --src FILE --tgt FILE)');
        const [original, translation] = rest.map((value) => articleIdArgument([value])) as [number, number];
        const result = await call('align', { original, translation });
        if (values.json) print(result, '');
        else print(result, formatAlignment(result, await call('getArticle', { id: original }), await call('getArticle', { id: translation })));
        return 0;
      }
      case 'translation': {
        if (rest.length !== 2) throw new CliError('translation needs two article ids, the original and its translation');
        const [original, translation] = rest.map((value) => articleIdArgument([value])) as [number, number];
        const { pairs } = await call('setTranslation', { original, translation, paired: !values.remove });
        print({ pairs }, values.remove ? `#${translation} is no longer marked as a translation of #${original}.` : `#${translation} is marked as a translation of #${original}.`);
        return 0;
      }
      case 'translations': {
        const result = await call('translations', { id: articleIdArgument(rest) });
        print(result, formatTranslations(result));
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

function alignFiles(source: string | undefined, target: string | undefined, sourceLanguage: string | undefined, targetLanguage: string | undefined): number {
  if (!source || !target) return fail('align needs both --src FILE and --tgt FILE (one sentence per line)');
  let sourceLines: string[];
  let targetLines: string[];
  try {
    sourceLines = readSentenceLines(readFileSync(source, 'utf8'));
    targetLines = readSentenceLines(readFileSync(target, 'utf8'));
  } catch (error) {
    return fail(`cannot read ${(error as NodeJS.ErrnoException).path ?? 'a file'}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  const links = alignSentences({
    source: sourceLines,
    target: targetLines,
    sourceLanguage: sourceLanguage ?? detectLanguage(sourceLines.join('\n')),
    targetLanguage: targetLanguage ?? detectLanguage(targetLines.join('\n')),
  });
  process.stdout.write(formatLinks(links));
  return 0;
}

function articleIdArgument(rest: string[]): number {
  const id = Number(rest[0]);
  if (rest.length !== 1 || !Number.isInteger(id) || id < 1) throw new CliError('expected one article id (a positive whole number; see parallax list)');
  return id;
}

/** `--out` names the file, or a folder to write the suggested file name into. */
function exportTarget(out: string, fileName: string): string {
  const path = resolve(out);
  try {
    if (statSync(path).isDirectory()) return join(path, fileName);
  } catch {
    // Not there yet: it is the file to write.
  }
  return path;
}

function fail(message: string): number {
  process.stderr.write(`parallax: ${message}\n`);
  return 1;
}
