/**
 * Stories and comparisons kept in the library, so that asking again costs a read:
 *
 * - each article's signature is computed at import and stored (storage/stories-store.ts);
 * - the grouping is stored and made again only when the schema's triggers have marked it stale
 *   (an article added, changed or removed), from the stored signatures, keeping the stories the
 *   user edited;
 * - comparisons are stored by their ordered article ids, and dropped by the same triggers when
 *   one of their articles changes or goes.
 *
 * A change of method (signature, grouping, comparison or figures extractor version) drops what the
 * old method stored the next time the library opens.
 */
import type { ComparisonResult, Paragraph } from '../../api/contract.js';
import { listParagraphs } from '../storage/articles-store.js';
import type { Database } from '../storage/database.js';
import {
  dropOutdated,
  markStories,
  readComparison,
  readMeta,
  readSignatures,
  readStories,
  replaceStories,
  storiesAreStale,
  writeComparison,
  writeMeta,
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

/** At open: forgets what an older method stored. */
export function ensureStoryCacheCurrent(db: Database): void {
  if (readMeta(db, methodKey) === methodValue) return;
  db.transaction(() => {
    dropOutdated(db, { signature: signatureVersion, comparisonPrefix });
    markStories(db, 'stale');
    writeMeta(db, methodKey, methodValue);
  })();
}

/** Computes and stores one article's signature (at import). */
export function storeSignature(db: Database, id: number, article: { language: string; paragraphs: ReadonlyArray<Pick<Paragraph, 'kind' | 'language' | 'text'>> }): void {
  writeSignature(db, id, signatureVersion, articleSignature({ id, language: article.language, paragraphs: [...article.paragraphs] }));
}

/** The stories, grouped again first if articles changed since the last grouping. */
export function currentStories(db: Database): StoredStory[] {
  if (!storiesAreStale(db)) return readStories(db);
  // One write transaction: another process importing meanwhile waits, then marks stale again.
  return db.transaction(() => {
    regroup(db);
    return readStories(db);
  }).immediate();
}

function regroup(db: Database): void {
  const rows = db.prepare('SELECT id, language, published FROM articles ORDER BY id').all() as Array<{ id: number; language: string; published: string | null }>;
  const signatures = readSignatures(db, signatureVersion);
  for (const row of rows) {
    if (signatures.has(row.id)) continue;
    const signature = articleSignature({ id: row.id, language: row.language, paragraphs: listParagraphs(db, row.id) });
    writeSignature(db, row.id, signatureVersion, signature);
    signatures.set(row.id, signature);
  }
  const locked = readStories(db)
    .filter((s) => s.edited)
    .map(({ id, label, articleIds }) => ({ id, label, articleIds }));
  const input = rows.map((row) => lazyArticle(db, row, signatures.get(row.id)!));
  const grouped = groupIntoStories(input, { locked });
  replaceStories(
    db,
    grouped.map((s) => ({ id: s.id, label: s.label, articleIds: s.articleIds, edited: s.locked })),
  );
  markStories(db, 'current');
}

/** Grouping reads paragraphs only to label new stories: they are loaded for those articles alone. */
function lazyArticle(db: Database, row: { id: number; language: string; published: string | null }, signature: StoryArticle['signature']): StoryArticle {
  let paragraphs: Paragraph[] | undefined;
  return {
    id: row.id,
    language: row.language,
    published: row.published,
    signature,
    get paragraphs() {
      return (paragraphs ??= listParagraphs(db, row.id));
    },
  };
}

/**
 * Applies one of the user's edits (stories/story-edits.ts) to the current stories and stores the
 * result; returns the story the edit names and the whole list.
 */
export function editStories(db: Database, edit: (stories: EditableStory[]) => { stories: EditableStory[]; story: string }): { story: StoredStory; stories: StoredStory[] } {
  return db.transaction(() => {
    const { stories, story } = edit(currentStories(db));
    replaceStories(db, stories);
    const saved = readStories(db);
    return { story: saved.find((s) => s.id === story)!, stories: saved };
  }).immediate();
}

/** A comparison of these articles, in this order, from the cache or computed and stored. */
export function cachedComparison(db: Database, ids: readonly number[], compute: () => ComparisonResult): ComparisonResult {
  const key = `${comparisonPrefix}${ids.join(',')}`;
  const stored = readComparison(db, key);
  if (stored !== undefined) return JSON.parse(stored) as ComparisonResult;
  const result = compute();
  writeComparison(db, key, ids, JSON.stringify(result));
  return result;
}
