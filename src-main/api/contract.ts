/**
 * The one typed contract between the library (Electron main process, web harness, CLI) and its
 * clients (the renderer, through the preload or over HTTP). Every method is named exactly once,
 * here; its arguments are a zod schema (validated at every boundary) and its result a type.
 *
 * This file must stay free of Node, Electron and DOM imports: the renderer bundles it.
 */
import { z } from 'zod';

export const paragraphKinds = ['title', 'heading', 'body', 'junk'] as const;
export type ParagraphKind = (typeof paragraphKinds)[number];

export interface ArticleSummary {
  id: number;
  /** The original file name or URL. */
  source: string;
  title: string;
  /** BCP 47 primary language subtag (`he`, `en`, `fr`), or `und` when unknown. */
  language: string;
  outlet: string | null;
  /** ISO 8601 date (`2025-12-02`) when known. */
  published: string | null;
  words: number;
  importedAt: string;
}

export interface Paragraph {
  index: number;
  kind: ParagraphKind;
  language: string;
  text: string;
}

export interface ArticleDetail extends ArticleSummary {
  paragraphs: Paragraph[];
}

export interface ImportedItem {
  id: number;
  source: string;
  title: string;
  language: string;
  outlet: string | null;
  paragraphs: number;
}

export const skipReasons = ['duplicate', 'not-found', 'unreadable', 'empty', 'binary', 'too-large', 'unsupported', 'no-text', 'invalid'] as const;
export type SkipReason = (typeof skipReasons)[number];

export interface SkippedItem {
  source: string;
  reason: SkipReason;
  /** A sentence for people. */
  message: string;
  /** For `duplicate`: the article already holding this content. */
  existingId?: number;
}

export interface ImportReport {
  imported: ImportedItem[];
  skipped: SkippedItem[];
  /** Items left unread because the import was cancelled (absent when it ran to the end). */
  cancelled?: number;
}

export interface SearchMatch {
  /** Paragraph index, as in `getArticle`. */
  paragraph: number;
  /** UTF-16 offsets into that paragraph's text. */
  start: number;
  end: number;
  text: string;
}

export interface SearchHit {
  id: number;
  source: string;
  title: string;
  language: string;
  outlet: string | null;
  score: number;
  /** Plain text excerpt of the best paragraph. */
  snippet: string;
  /** Where the query's terms lie inside `snippet` (UTF-16 offsets), for highlighting. */
  snippetMatches: Array<{ start: number; end: number }>;
  /** The paragraph the snippet comes from. */
  snippetParagraph: number;
  matches: SearchMatch[];
}

export interface FacetCount {
  /** A language code or an outlet; null for articles whose outlet is unknown. */
  value: string | null;
  count: number;
}

export interface SearchResult {
  query: string;
  /** Matching articles in all, beyond the page of `hits`. */
  total: number;
  tookMs: number;
  hits: SearchHit[];
  /** Matching articles per language and per outlet. */
  facets: { languages: FacetCount[]; outlets: FacetCount[] };
}

export const figureKinds = ['money', 'count', 'percent', 'ratio', 'duration', 'date', 'year', 'range', 'name'] as const;
export type FigureKindName = (typeof figureKinds)[number];

/** A figure found in an article, as `parallax figures --json` prints it. */
export interface ArticleFigure {
  article: number;
  /** Paragraph index, as in `getArticle`. */
  paragraph: number;
  /** UTF-16 offsets into that paragraph's text. */
  start: number;
  end: number;
  text: string;
  kind: FigureKindName;
  /** A number, an interval `{min, max}` (ranges, approximate magnitudes), or null (names). */
  value: number | { min: number | null; max: number | null } | null;
  /** ISO 4217 code for money; the time unit of a duration; `pp` for percentage points. */
  unit: string | null;
  /** Shared by the figures that state the same quantity across the given articles; null when alone. */
  group: string | null;
}

export interface FigureDiscrepancy {
  a: { article: number; paragraph: number; start: number };
  b: { article: number; paragraph: number; start: number };
  reason: string;
}

export interface FiguresReport {
  figures: ArticleFigure[];
  /** Close but different values of the same kind and unit in different articles. */
  discrepancies: FigureDiscrepancy[];
}

/** One story: articles on the same event, across outlets and languages. */
export interface StorySummary {
  id: string;
  label: string;
  articleIds: number[];
  /** True once the user renamed, merged or split it or moved an article in or out: regrouping then keeps its articles and name (new articles may still join it). */
  edited: boolean;
}

/** The result of an edit of the story list: the story it made or changed, and the whole new list. */
export interface StoryEditResult {
  story: StorySummary;
  stories: StorySummary[];
}

/** A name in a compared article, with the entity it names (shared across scripts). */
export interface ComparisonName {
  article: number;
  paragraph: number;
  start: number;
  end: number;
  text: string;
  entity: string;
}

/** The comparison of a story's articles, as `parallax compare --json` prints it. */
export interface ComparisonResult {
  articles: Array<Pick<ArticleSummary, 'id' | 'source' | 'title' | 'language' | 'outlet'>>;
  themes: Array<{ id: string; label: string; members: Array<{ article: number; paragraph: number }>; anchors: string[] }>;
  figures: ArticleFigure[];
  coverage: {
    /** Per theme, the share of each article's body words on it (0…1), keyed by article id. */
    matrix: Array<{ theme: string; perArticle: Record<string, number> }>;
    /** Themes only one article covers. */
    onlyOneSource: string[];
    /** Figures that disagree between articles within one theme. */
    disagreements: Array<{ theme: string; reason: string; figures: Array<{ article: number; paragraph: number; text: string }> }>;
  };
  /** Why paragraphs of different articles share a theme: the edges that built it, strongest first, with the shared anchors as people read them. */
  links?: Array<{ theme: string; a: { article: number; paragraph: number }; b: { article: number; paragraph: number }; score: number; why: string[] }>;
  /** Every name in the articles (UTF-16 offsets into the paragraph's text), with its entity: one entity across scripts (`אלטמן`, `Altman`). */
  names?: ComparisonName[];
  /** The entities of `names`. */
  entities?: Array<{ id: string; display: string; forms: string[]; articles: number[] }>;
}

export const exportFormats = ['html', 'md', 'csv'] as const;
export type ExportFormat = (typeof exportFormats)[number];

/** An exported comparison, for the app to save (a download in the browser, a save dialog in Electron). */
export interface ExportedFile {
  /** A suggested name: `parallax-story-s1-2025-12-04.html`. */
  fileName: string;
  /** With its charset: `text/html;charset=utf-8`, `text/markdown;charset=utf-8`, `text/csv;charset=utf-8`. */
  mimeType: string;
  /** The whole file; CSV starts with a byte order mark so spreadsheet apps read it as UTF-8. */
  content: string;
}

/** The import running now, if any: how far it got, for a progress bar. */
export interface ImportStatus {
  running: boolean;
  /** Files settled so far (stored, or skipped with a reason) and in all, in the current request. */
  done: number;
  total: number;
  /** The last file settled. */
  current: string;
}

/** A sentence of an article: its paragraph index (as in `getArticle`) and UTF-16 offsets into that paragraph's text. */
export interface AlignedSpan {
  paragraph: number;
  start: number;
  end: number;
}

/** Consecutive sentences of the original aligned with consecutive sentences of the translation; a side may be empty (1-0, 0-1). */
export interface AlignedLink {
  source: AlignedSpan[];
  target: AlignedSpan[];
}

export const fidelityKinds = ['missing', 'added', 'changed'] as const;
export type FidelityKind = (typeof fidelityKinds)[number];

/**
 * A figure or name of the original not found in its aligned translation (`missing`), a figure
 * only in the translation (`added`), or a figure whose value differs (`changed`). Each side is the
 * figure or name itself (paragraph, UTF-16 offsets, text), null when that side has none.
 */
export interface FidelityFinding {
  kind: FidelityKind;
  source: (AlignedSpan & { text: string }) | null;
  target: (AlignedSpan & { text: string }) | null;
  /** A sentence for people. */
  detail: string;
}

/** An original and its translation aligned sentence by sentence, as `parallax align --json` prints it. */
export interface AlignmentResult {
  links: AlignedLink[];
  findings: FidelityFinding[];
}

export interface TranslationPair {
  original: number;
  translation: number;
}

/** An article's translation pairs (either side), and the pairings Parallax proposes for it. */
export interface TranslationsResult {
  pairs: TranslationPair[];
  proposals: Array<{ original: number; translation: number; score: number }>;
}

/** The answer to Settings → Library → Change…: in the desktop app a save dialog, then a restart on the new library. */
export interface LibraryLocationChange {
  changed: boolean;
  /** Why: `changed` (the app restarts on it), `kept` (the dialog was cancelled), `environment` (PARALLAX_LIBRARY decides), `unsupported` (no desktop app: the web harness's --library decides). */
  outcome: 'changed' | 'kept' | 'environment' | 'unsupported';
  /** The library in use now (or, when changed, the one the app reopens on). */
  path: string;
  /** A sentence for people: what happens next, or why nothing changed. */
  message: string;
}

export interface LibraryInfo {
  path: string;
  articles: number;
  schemaVersion: number;
}

const articleId = z.number().int().positive();
const shortText = z.string().max(1_000);
const storyId = z.string().min(1).max(100);
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD');
/** A file's bytes as base64; 64 MB of base64 is about 48 MB of file. */
const base64 = z.string().max(64 * 1024 * 1024).regex(/^[A-Za-z0-9+/]*={0,2}$/, 'expected base64');

/** Each method's arguments. The key is the method's name everywhere: IPC channel, HTTP route, client. */
export const apiArgs = {
  libraryInfo: z.object({}).strict(),
  listArticles: z.object({}).strict(),
  getArticle: z.object({ id: articleId }).strict(),
  search: z
    .object({ query: z.string().max(10_000), limit: z.number().int().min(1).max(500).optional() })
    .strict(),
  importPaths: z.object({ paths: z.array(z.string().min(1).max(4_096)).min(1).max(10_000) }).strict(),
  importFiles: z
    .object({ files: z.array(z.object({ name: z.string().min(1).max(1_000), data: base64 }).strict()).min(1).max(1_000) })
    .strict(),
  importText: z.object({ text: z.string().max(20 * 1024 * 1024), title: shortText.optional(), translationOf: articleId.optional() }).strict(),
  importUrl: z.object({ url: z.string().min(1).max(4_096) }).strict(),
  importStatus: z.object({}).strict(),
  chooseLibraryLocation: z.object({}).strict(),
  cancelImport: z.object({}).strict(),
  updateArticle: z
    .object({
      id: articleId,
      title: shortText.min(1).optional(),
      outlet: shortText.nullable().optional(),
      language: z.string().regex(/^[a-z]{2,3}$/, 'expected a language code such as he, en or fr').optional(),
      published: isoDate.nullable().optional(),
    })
    .strict(),
  removeArticle: z.object({ id: articleId }).strict(),
  searchArticle: z.object({ id: articleId, query: z.string().max(10_000) }).strict(),
  figures: z.object({ ids: z.array(articleId).min(1).max(500) }).strict(),
  stories: z.object({}).strict(),
  renameStory: z.object({ story: storyId, label: z.string().trim().min(1, 'a story needs a name').max(200) }).strict(),
  mergeStories: z.object({ into: storyId, from: storyId }).strict(),
  splitStory: z.object({ story: storyId, articleIds: z.array(articleId).min(1).max(10_000) }).strict(),
  moveArticle: z.object({ article: articleId, story: storyId }).strict(),
  compare: z.union([z.object({ ids: z.array(articleId).min(1).max(200) }).strict(), z.object({ story: storyId }).strict()]),
  exportComparison: z.union([
    z.object({ ids: z.array(articleId).min(1).max(200), format: z.enum(exportFormats) }).strict(),
    z.object({ story: storyId, format: z.enum(exportFormats) }).strict(),
  ]),
  align: z.object({ original: articleId, translation: articleId }).strict().refine((a) => a.original !== a.translation, 'an article cannot be aligned with itself'),
  setTranslation: z
    .object({ original: articleId, translation: articleId, paired: z.boolean() })
    .strict()
    .refine((a) => a.original !== a.translation, 'an article cannot be a translation of itself'),
  translations: z.object({ id: articleId }).strict(),
} as const;

export type ApiMethod = keyof typeof apiArgs;

/** Each method's result; `satisfies` keeps this map and `apiArgs` naming the same methods. */
export interface ApiResults {
  libraryInfo: LibraryInfo;
  listArticles: ArticleSummary[];
  getArticle: ArticleDetail;
  search: SearchResult;
  importPaths: ImportReport;
  importFiles: ImportReport;
  importText: ImportReport;
  importUrl: ImportReport;
  importStatus: ImportStatus;
  chooseLibraryLocation: LibraryLocationChange;
  cancelImport: { cancelled: boolean };
  updateArticle: ArticleDetail;
  removeArticle: { removed: boolean };
  searchArticle: { matches: SearchMatch[] };
  figures: FiguresReport;
  stories: { stories: StorySummary[] };
  renameStory: StoryEditResult;
  mergeStories: StoryEditResult;
  splitStory: StoryEditResult;
  moveArticle: StoryEditResult;
  compare: ComparisonResult;
  exportComparison: ExportedFile;
  align: AlignmentResult;
  setTranslation: { pairs: TranslationPair[] };
  translations: TranslationsResult;
}
type SameKeys<A, B> = [Exclude<keyof A, keyof B>, Exclude<keyof B, keyof A>] extends [never, never] ? true : never;
const contractIsComplete: SameKeys<typeof apiArgs, ApiResults> = true;
void contractIsComplete;

export type ApiArgs<M extends ApiMethod> = z.input<(typeof apiArgs)[M]>;
export type ValidApiArgs<M extends ApiMethod> = z.output<(typeof apiArgs)[M]>;

/** What a client sees: every method is asynchronous. */
export type ParallaxApi = { [M in ApiMethod]: (args: ApiArgs<M>) => Promise<ApiResults[M]> };
/** What the library implements: plain synchronous functions over validated arguments. */
export type ApiHandlers = { [M in ApiMethod]: (args: ValidApiArgs<M>) => ApiResults[M] | Promise<ApiResults[M]> };

export const apiMethods = Object.keys(apiArgs) as ApiMethod[];

export function isApiMethod(name: string): name is ApiMethod {
  return Object.hasOwn(apiArgs, name);
}

/** Errors cross the boundary as values, never as stack traces. */
export const apiErrorCodes = ['invalid-arguments', 'not-found', 'unknown-method', 'internal'] as const;
export type ApiErrorCode = (typeof apiErrorCodes)[number];
export interface ApiError {
  code: ApiErrorCode;
  message: string;
}
export type ApiResponse<T> = { ok: true; value: T } | { ok: false; error: ApiError };

/**
 * Commands the desktop app's menus send to the window (the renderer runs them like its own
 * buttons). In the browser there is no menu; the same commands are on the page.
 */
export const appCommands = ['importFiles', 'importFolder', 'importUrl', 'pasteText', 'find', 'search', 'exportComparison', 'settings'] as const;
export type AppCommand = (typeof appCommands)[number];
export const isAppCommand = (value: unknown): value is AppCommand => typeof value === 'string' && (appCommands as readonly string[]).includes(value);

/**
 * What travels on `commandChannel`, main process → window: a command to run, or the report of an
 * import the main process ran itself (files or a folder chosen in its native dialog, paths given
 * on the command line or dropped on the Dock), for the window to refresh and show the summary.
 */
export type AppMessage = { type: 'command'; command: AppCommand } | { type: 'imported'; report: ImportReport };

const importReportSchema = z.object({
  imported: z.array(z.object({ id: z.number(), source: z.string(), title: z.string(), language: z.string(), outlet: z.string().nullable(), paragraphs: z.number() })),
  skipped: z.array(z.object({ source: z.string(), reason: z.enum(skipReasons), message: z.string(), existingId: z.number().optional() })),
  cancelled: z.number().optional(),
}) satisfies z.ZodType<ImportReport>;

/** Checked where a message is received (the preload), whatever sent it. */
export function isAppMessage(value: unknown): value is AppMessage {
  if (typeof value !== 'object' || value === null) return false;
  const message = value as { type?: unknown; command?: unknown; report?: unknown };
  if (message.type === 'command') return isAppCommand(message.command);
  return message.type === 'imported' && importReportSchema.safeParse(message.report).success;
}

/** Transport names are derived, never typed by hand. */
export const ipcChannel = (method: ApiMethod): string => `parallax:${method}`;
/** The one channel on which the main process sends `AppMessage`s (commands, import reports) to the window. */
export const commandChannel = 'parallax-command';
export const httpRoutePrefix = '/api/';
export const httpRoute = (method: ApiMethod): string => `${httpRoutePrefix}${method}`;
/** The header that carries the web harness's per-run token. */
export const webTokenHeader = 'x-parallax-token';
