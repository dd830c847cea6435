/**
 * Stories and comparisons kept in the library, so that asking again costs a read:
 *
 * - each article's signature is computed once, the first time stories are asked for after its
 *   import, and stored (storage/stories-store.ts): import stays as fast as it was;
 * - the grouping is stored and made again only after the schema's triggers have counted a change
 *   of the articles (added, changed, removed), from the stored signatures, keeping the stories
 *   the user edited;
 * - comparisons are stored by their ordered article ids, and dropped by the same triggers when
 *   one of their articles changes or goes.
 *
 * Grouping a large library takes seconds: it is made from a consistent read, outside any write
 * lock, and stored only if no article changed and no story was edited meanwhile (another process,
 * the app and the CLI, may write the same library). A change of method (signature, grouping,
 * comparison or figures extractor version) drops what the old method stored when the library opens.
 */
import type { ComparisonResult, Paragraph } from '../../api/contract.js';
import { listParagraphs, readMeta, writeMeta } from '../storage/articles-store.js';
import type { Database } from '../storage/database.js';
import {
  articleChanges,
  articlesWithoutSignature,
  countStoryEdit,
  dropOutdated,
  groupedAt,
  markGrouped,
  readComparison,
  readSignatures,
  readStories,
  replaceStories,
  storiesState,
  writeComparison,
  writeSignature,
  type StoredStory,
} from '../storage/stories-store.js';
import { articleSignature, groupingVersion, groupIntoStories, signatureVersion, type StoryArticle } from '../stories/stories.js';
import type { EditableStory } from '../stories/story-edits.js';
import { figuresExtractorVersion } from './article-figures.js';

/** Bump when a comparison's method or shape changes. */
const comparisonVersion = 1;
const comparisonPrefix = `v${comparisonVersion}.${figuresExtractorVersion}|`;
const methodKey = 'stories-method';
const methodValue = `signature ${signatureVersion}, grouping ${groupingVersion}, comparison ${comparisonPrefix}`;
/** Signatures computed per write transaction: a fraction of a second, so other writers barely wait. */
const signatureBatch = 200;

/** At open: forgets what an older method stored. */
export function ensureStoryCacheCurrent(db: Database): void {
  if (readMeta(db, methodKey) === methodValue) return;
  db.transaction(() => {
    dropOutdated(db, { signature: signatureVersion, comparisonPrefix });
    markGrouped(db, null);
    writeMeta(db, methodKey, methodValue);
  })();
}

/** The stories, grouped again first if articles changed since the last grouping. */
export function currentStories(db: Database): StoredStory[] {
  for (let attempt = 0; groupedAt(db) !== articleChanges(db); attempt++) {
    fillSignatures(db);
    if (attempt >= 2) {
      // Articles keep changing under us: group inside the write lock this time.
      db.transaction(() => storeGrouping(db, articleChanges(db), group(db))).immediate();
      break;
    }
    const { state, changes, grouping } = db.transaction(() => ({ state: storiesState(db), changes: articleChanges(db), grouping: group(db) }))();
    db.transaction(() => {
      if (storiesState(db) === state) storeGrouping(db, changes, grouping);
    }).immediate();
  }
  return readStories(db);
}

function fillSignatures(db: Database): void {
  for (;;) {
    const done = db.transaction(() => {
      const ids = articlesWithoutSignature(db, signatureVersion, signatureBatch);
      for (const id of ids) writeSignature(db, id, signatureVersion, signatureFromStore(db, id));
      return ids.length < signatureBatch;
    }).immediate();
    if (done) return;
  }
}

function signatureFromStore(db: Database, id: number) {
  const language = (db.prepare('SELECT language FROM articles WHERE id = ?').pluck().get(id) as string | undefined) ?? 'und';
  return articleSignature({ id, language, paragraphs: listParagraphs(db, id) });
}

/** The grouping of the library as it is now, keeping the user's stories. */
function group(db: Database): StoredStory[] {
  const rows = db.prepare('SELECT id, language, published, title FROM articles ORDER BY id').all() as Array<{ id: number; language: string; published: string | null; title: string }>;
  const signatures = readSignatures(db, signatureVersion);
  const locked = readStories(db)
    .filter((s) => s.edited)
    .map(({ id, label, articleIds }) => ({ id, label, articleIds }));
  const input = rows.map((row) => lazyArticle(db, row, signatures.get(row.id) ?? signatureFromStore(db, row.id)));
  return groupIntoStories(input, { locked }).map((s) => ({ id: s.id, label: s.label, articleIds: s.articleIds, edited: s.locked }));
}

function storeGrouping(db: Database, changes: string, grouping: StoredStory[]): void {
  replaceStories(db, grouping);
  markGrouped(db, changes);
}

/** Grouping reads paragraphs only to label stories of several articles: they are loaded for those alone. */
function lazyArticle(db: Database, row: { id: number; language: string; published: string | null; title: string }, signature: StoryArticle['signature']): StoryArticle {
  let paragraphs: Paragraph[] | undefined;
  return {
    id: row.id,
    language: row.language,
    published: row.published,
    title: row.title,
    signature,
    get paragraphs() {
      return (paragraphs ??= listParagraphs(db, row.id));
    },
  };
}

/**
 * Applies one of the user's edits (stories/story-edits.ts) to the stored stories and stores the
 * result; returns the story the edit names and the whole list.
 */
export function editStories(db: Database, edit: (stories: EditableStory[]) => { stories: EditableStory[]; story: string }): { story: StoredStory; stories: StoredStory[] } {
  currentStories(db);
  return db.transaction(() => {
    const { stories, story } = edit(readStories(db));
    replaceStories(db, stories);
    countStoryEdit(db);
    const saved = readStories(db);
    return { story: saved.find((s) => s.id === story)!, stories: saved };
  }).immediate();
}

/** A comparison of these articles, in this order, from the store or computed and stored. */
export function cachedComparison(db: Database, ids: readonly number[], compute: () => ComparisonResult): ComparisonResult {
  const key = `${comparisonPrefix}${ids.join(',')}`;
  const stored = readComparison(db, key);
  if (stored !== undefined) return JSON.parse(stored) as ComparisonResult;
  const before = articleChanges(db);
  const result = compute();
  // An article changed while this was computed: the result may already be out of date.
  db.transaction(() => {
    if (articleChanges(db) === before) writeComparison(db, key, ids, JSON.stringify(result));
  }).immediate();
  return result;
}
