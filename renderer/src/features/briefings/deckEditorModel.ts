import type { GradeScale } from '../../../../shared/features/kyc';
import type { Block, BlockKind, Deck, DeckContent, Slide } from '../../../../shared/features/briefings';

/**
 * The deck editor's state and its changes, pure (tested apart from the page): the deck's content
 * as typed, and which slide is selected. The page saves `content` whole: every save is a version.
 */

export interface EditorState {
  content: DeckContent;
  selected: number;
}

export type EditorAction =
  /** Replaces the content (a restored version), keeping the selection where it can. */
  | { type: 'load'; deck: Pick<Deck, 'title' | 'kind' | 'clientId' | 'slides'> }
  | { type: 'title'; title: string }
  | { type: 'select'; index: number }
  | { type: 'add'; block: Block }
  | { type: 'remove'; index: number }
  | { type: 'move'; index: number; by: -1 | 1 }
  | { type: 'block'; index: number; block: Block }
  | { type: 'notes'; index: number; notes: string };

export function editorStateOf(deck: Pick<Deck, 'title' | 'kind' | 'clientId' | 'slides'>): EditorState {
  return {
    content: { title: deck.title, kind: deck.kind, clientId: deck.clientId, slides: deck.slides },
    selected: 0,
  };
}

const clamp = (index: number, length: number) => Math.max(0, Math.min(index, length - 1));

function withSlides(state: EditorState, slides: Slide[], selected: number): EditorState {
  return { content: { ...state.content, slides }, selected: clamp(selected, slides.length) };
}

function replaced(slides: readonly Slide[], index: number, change: Partial<Slide>): Slide[] {
  return slides.map((slide, i) => (i === index ? { ...slide, ...change } : slide));
}

export function editorReducer(state: EditorState, action: EditorAction): EditorState {
  const { slides } = state.content;
  switch (action.type) {
    case 'load': {
      const loaded = editorStateOf(action.deck);
      return { ...loaded, selected: clamp(state.selected, loaded.content.slides.length) };
    }
    case 'title':
      return { ...state, content: { ...state.content, title: action.title } };
    case 'select':
      return { ...state, selected: clamp(action.index, slides.length) };
    case 'add': {
      // A new slide goes after the selected one, and is selected.
      const at = slides.length === 0 ? 0 : state.selected + 1;
      const slide: Slide = { id: crypto.randomUUID(), block: action.block, notes: '' };
      return withSlides(state, [...slides.slice(0, at), slide, ...slides.slice(at)], at);
    }
    case 'remove':
      return withSlides(
        state,
        slides.filter((_, i) => i !== action.index),
        action.index < state.selected ||
          (action.index === state.selected && action.index === slides.length - 1)
          ? state.selected - 1
          : state.selected,
      );
    case 'move': {
      const to = action.index + action.by;
      if (to < 0 || to >= slides.length) return state;
      const next = [...slides];
      [next[action.index], next[to]] = [next[to]!, next[action.index]!];
      return withSlides(state, next, to);
    }
    case 'block':
      return withSlides(state, replaced(slides, action.index, { block: action.block }), state.selected);
    case 'notes':
      return withSlides(state, replaced(slides, action.index, { notes: action.notes }), state.selected);
  }
}

/** A new slide's block of a kind, filled so that it shows something at once where it can. */
export function newBlock(kind: BlockKind, gradeScale: GradeScale): Block {
  switch (kind) {
    case 'title':
      return { kind, title: '', subtitle: '' };
    case 'marketChart':
      return { kind, title: '', series: ['TAIEX'], period: '1Y', rebased: false, commentary: '' };
    case 'returnsTable':
      return { kind, title: '', series: ['TAIEX'] };
    case 'fxPanel':
      return { kind, title: '', currencies: ['USD', 'JPY', 'EUR'] };
    case 'productSpotlight':
      // The product is picked in the slide's editor; a save before then names the missing field.
      return { kind, productId: '', commentary: '' };
    case 'allocation':
      return { kind, title: '', grade: { scale: gradeScale, level: gradeScale === 'five' ? 3 : 2 } };
    case 'clientPortfolio':
      return { kind, title: '' };
    case 'text':
      return { kind, heading: '', bullets: [] };
    case 'image':
      return { kind, imageId: '', caption: '', alt: '' };
  }
}

/** A slide's name in the list: its own title or heading when it has one. */
export function slideTitle(block: Block): string {
  switch (block.kind) {
    case 'title':
      return block.title;
    case 'text':
      return block.heading;
    case 'image':
      return block.caption;
    case 'productSpotlight':
      return '';
    default:
      return block.title;
  }
}
