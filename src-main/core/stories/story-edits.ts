/**
 * The user's edits of the story list: rename, merge, split, move an article. Each returns a new
 * list (the input is not changed) in which every story it touched is marked `edited`: regrouping
 * keeps an edited story's articles and label, so an edit survives new imports. A story the edit
 * takes articles from is marked too, or regrouping could pull them back to where they were.
 * Pure; errors say in words what was wrong.
 */
import { InvalidRequestError, NotFoundError } from '../errors.js';

export interface EditableStory {
  id: string;
  label: string;
  articleIds: number[];
  edited: boolean;
}

function find(stories: readonly EditableStory[], id: string): EditableStory {
  const story = stories.find((s) => s.id === id);
  if (!story) throw new NotFoundError(`There is no story ${id} in this library (see parallax stories).`);
  return story;
}

/** A story id not yet taken: `preferred`, else `preferred-2`, `preferred-3`… */
export function freeStoryId(preferred: string, taken: ReadonlySet<string>): string {
  if (!taken.has(preferred)) return preferred;
  let k = 2;
  while (taken.has(`${preferred}-${k}`)) k++;
  return `${preferred}-${k}`;
}

export function renameStory(stories: readonly EditableStory[], id: string, label: string): EditableStory[] {
  const name = label.trim();
  if (!name) throw new InvalidRequestError('A story needs a name that is not blank.');
  find(stories, id);
  return stories.map((s) => (s.id === id ? { ...s, label: name, edited: true } : s));
}

/** `from`'s articles join `into` (after its own); `from` is gone. */
export function mergeStories(stories: readonly EditableStory[], into: string, from: string): EditableStory[] {
  if (into === from) throw new InvalidRequestError(`Story ${into} cannot be merged into itself.`);
  const source = find(stories, from);
  find(stories, into);
  return stories
    .filter((s) => s.id !== from)
    .map((s) => (s.id === into ? { ...s, articleIds: [...s.articleIds, ...source.articleIds], edited: true } : s));
}

/**
 * `articleIds` leave story `id` for a new story, placed right after it, named after the original
 * until the user names it. Returns the list and the new story's id.
 */
export function splitStory(stories: readonly EditableStory[], id: string, articleIds: readonly number[]): { stories: EditableStory[]; created: string } {
  const story = find(stories, id);
  const moving = new Set(articleIds);
  const outside = [...moving].filter((a) => !story.articleIds.includes(a));
  if (moving.size === 0) throw new InvalidRequestError('A split needs at least one article to take out of the story.');
  if (outside.length) throw new InvalidRequestError(`Article${outside.length > 1 ? 's' : ''} ${outside.join(', ')} ${outside.length > 1 ? 'are' : 'is'} not in story ${id}.`);
  if (moving.size === story.articleIds.length) throw new InvalidRequestError(`A split must leave at least one article in story ${id}.`);
  const kept = story.articleIds.filter((a) => !moving.has(a));
  const taken = story.articleIds.filter((a) => moving.has(a));
  const created = freeStoryId(`s${Math.min(...taken)}`, new Set(stories.map((s) => s.id)));
  const out: EditableStory[] = [];
  for (const s of stories) {
    if (s.id !== id) {
      out.push(s);
      continue;
    }
    out.push({ ...s, articleIds: kept, edited: true });
    out.push({ id: created, label: `${s.label} (split)`, articleIds: taken, edited: true });
  }
  return { stories: out, created };
}

/** Article `articleId` leaves its story for story `to`; a story left empty is gone. */
export function moveArticle(stories: readonly EditableStory[], articleId: number, to: string): EditableStory[] {
  const target = find(stories, to);
  const source = stories.find((s) => s.articleIds.includes(articleId));
  if (!source) throw new NotFoundError(`Article ${articleId} is in no story (see parallax stories).`);
  if (source === target) return stories.map((s) => ({ ...s }));
  return stories
    .map((s) => {
      if (s === source) return { ...s, articleIds: s.articleIds.filter((a) => a !== articleId), edited: true };
      if (s === target) return { ...s, articleIds: [...s.articleIds, articleId], edited: true };
      return s;
    })
    .filter((s) => s.articleIds.length > 0);
}
