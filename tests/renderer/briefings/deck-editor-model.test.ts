import { describe, expect, it } from 'vitest';
import {
  editorReducer,
  editorStateOf,
  newBlock,
} from '../../../renderer/src/features/briefings/deckEditorModel';
import { BLOCK_KINDS, blockSchema } from '../../../shared/features/briefings';
import { deckAt } from './fixtures';

const ids = (state: ReturnType<typeof editorStateOf>) => state.content.slides.map((s) => s.id.slice(-2));

describe('the deck editor model', () => {
  const start = editorStateOf(deckAt(1));

  it('moves a slide and keeps it selected; never past either end', () => {
    const moved = editorReducer({ ...start, selected: 2 }, { type: 'move', index: 2, by: -1 });
    expect(ids(moved)).toEqual(['01', '03', '02']);
    expect(moved.selected).toBe(1);
    expect(editorReducer(start, { type: 'move', index: 0, by: -1 })).toBe(start);
  });

  it('removes a slide and selects its neighbour, the one before when it was the last', () => {
    expect(editorReducer({ ...start, selected: 2 }, { type: 'remove', index: 2 }).selected).toBe(1);
    expect(editorReducer({ ...start, selected: 1 }, { type: 'remove', index: 1 }).selected).toBe(1);
    expect(editorReducer({ ...start, selected: 0 }, { type: 'remove', index: 2 }).selected).toBe(0);
    expect(editorReducer({ ...start, selected: 2 }, { type: 'remove', index: 0 }).selected).toBe(1);
  });

  it('adds after the selected slide', () => {
    const added = editorReducer(start, { type: 'add', block: newBlock('text', 'five') });
    expect(added.selected).toBe(1);
    expect(added.content.slides[1]!.block.kind).toBe('text');
    expect(added.content.slides).toHaveLength(4);
  });

  it('makes a block of every kind of the shared schema (those needing a pick fail on that field only)', () => {
    for (const kind of BLOCK_KINDS) {
      const parsed = blockSchema.safeParse(newBlock(kind, 'three'));
      const fields = parsed.success ? [] : parsed.error.issues.map((i) => i.path.join('.'));
      const expected = {
        title: ['title'],
        text: ['heading'],
        productSpotlight: ['productId'],
        image: ['imageId', 'alt'],
      }[kind as string];
      expect(fields, kind).toEqual(expected ?? []);
    }
  });
});
