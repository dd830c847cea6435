import { describe, expect, it } from 'vitest';
import { InvalidRequestError, NotFoundError } from '../errors.js';
import { freeStoryId, mergeStories, moveArticle, renameStory, splitStory, type EditableStory } from './story-edits.js';

const list = (): EditableStory[] => [
  { id: 's1', label: 'One', articleIds: [1, 2, 3], edited: false },
  { id: 's4', label: 'Four', articleIds: [4, 5], edited: false },
  { id: 's6', label: 'Six', articleIds: [6], edited: false },
];

describe('story edits', () => {
  it('renames a story and marks it the user’s, leaving the input alone', () => {
    const before = list();
    const after = renameStory(before, 's4', '  Harbour storm ');
    expect(after[1]).toEqual({ id: 's4', label: 'Harbour storm', articleIds: [4, 5], edited: true });
    expect(before[1]!.label).toBe('Four');
    expect(() => renameStory(before, 's4', '   ')).toThrow(InvalidRequestError);
    expect(() => renameStory(before, 's9', 'x')).toThrow(NotFoundError);
  });

  it('merges one story into another', () => {
    const after = mergeStories(list(), 's1', 's6');
    expect(after.map((s) => s.id)).toEqual(['s1', 's4']);
    expect(after[0]).toMatchObject({ articleIds: [1, 2, 3, 6], edited: true, label: 'One' });
    expect(() => mergeStories(list(), 's1', 's1')).toThrow(InvalidRequestError);
    expect(() => mergeStories(list(), 's1', 'nope')).toThrow(NotFoundError);
  });

  it('splits articles out into a new story next to the original, both kept by regrouping', () => {
    const { stories, created } = splitStory(list(), 's1', [3, 2]);
    expect(created).toBe('s2');
    expect(stories.map((s) => [s.id, s.articleIds, s.edited])).toEqual([
      ['s1', [1], true],
      ['s2', [2, 3], true],
      ['s4', [4, 5], false],
      ['s6', [6], false],
    ]);
    expect(() => splitStory(list(), 's1', [1, 2, 3])).toThrow(/at least one article/u);
    expect(() => splitStory(list(), 's1', [4])).toThrow(/not in story s1/u);
    expect(() => splitStory(list(), 's1', [])).toThrow(InvalidRequestError);
  });

  it('moves an article between stories and drops a story left empty', () => {
    const after = moveArticle(list(), 6, 's4');
    expect(after.map((s) => [s.id, s.articleIds, s.edited])).toEqual([
      ['s1', [1, 2, 3], false],
      ['s4', [4, 5, 6], true],
    ]);
    const back = moveArticle(after, 2, 's4');
    expect(back[0]).toMatchObject({ articleIds: [1, 3], edited: true });
    expect(moveArticle(list(), 2, 's1')).toEqual(list());
    expect(() => moveArticle(list(), 99, 's1')).toThrow(NotFoundError);
    expect(() => moveArticle(list(), 1, 's99')).toThrow(NotFoundError);
  });

  it('finds a free id when the preferred one is taken', () => {
    expect(freeStoryId('s2', new Set(['s1']))).toBe('s2');
    expect(freeStoryId('s2', new Set(['s2', 's2-2']))).toBe('s2-3');
  });
});
