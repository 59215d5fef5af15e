import { useState, type KeyboardEvent } from 'react';
import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import {
  BLOCK_KIND_WORDS,
  BLOCK_KINDS,
  type BlockKind,
  type Slide,
} from '../../../../shared/features/briefings';
import { useLanguage } from '../../app/language';
import type { EditorAction } from './deckEditorModel';
import { slideTitle } from './deckEditorModel';

/**
 * The deck's slides in order, as a list box: ↑/↓ (and Home/End) select, Alt+↑/↓ move the selected
 * slide, Delete removes it; the buttons below do the same with the mouse.
 */
export function SlideList({
  slides,
  selected,
  readOnly,
  dispatch,
  onAdd,
}: {
  slides: readonly Slide[];
  selected: number;
  readOnly: boolean;
  dispatch: (action: EditorAction) => void;
  onAdd: (kind: BlockKind) => void;
}) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const [kind, setKind] = useState<BlockKind>('text');
  const last = slides.length - 1;

  function onKeyDown(event: KeyboardEvent<HTMLElement>) {
    const step = event.key === 'ArrowUp' ? -1 : event.key === 'ArrowDown' ? 1 : 0;
    if (step !== 0 && event.altKey) {
      if (!readOnly) dispatch({ type: 'move', index: selected, by: step });
    } else if (step !== 0) {
      dispatch({ type: 'select', index: selected + step });
    } else if (event.key === 'Home' || event.key === 'End') {
      dispatch({ type: 'select', index: event.key === 'Home' ? 0 : last });
    } else if (event.key === 'Delete' && !readOnly && slides.length > 0) {
      dispatch({ type: 'remove', index: selected });
    } else {
      return;
    }
    event.preventDefault();
  }

  const current = slides[selected];
  return (
    <Flex vertical gap="small" className="deck-slide-list">
      <Typography.Text strong id="deck-slides-label">
        {t('deckEditor.slides')}
      </Typography.Text>
      <ol
        role="listbox"
        tabIndex={0}
        aria-labelledby="deck-slides-label"
        aria-describedby="deck-slides-help"
        aria-activedescendant={current ? `deck-slide-${current.id}` : undefined}
        onKeyDown={onKeyDown}
        data-testid="deck-slide-list"
        style={{
          listStyle: 'none',
          margin: 0,
          padding: 0,
          border: '1px solid #d9d9d9',
          borderRadius: 6,
          maxHeight: 480,
          overflowY: 'auto',
        }}
      >
        {slides.map((slide, i) => (
          <li
            key={slide.id}
            id={`deck-slide-${slide.id}`}
            role="option"
            aria-selected={i === selected}
            onClick={() => dispatch({ type: 'select', index: i })}
            data-testid="deck-slide-item"
            style={{
              padding: '6px 10px',
              cursor: 'pointer',
              background: i === selected ? '#e6f4ff' : undefined,
              borderLeft: i === selected ? '4px solid #0072B2' : '4px solid transparent',
            }}
          >
            <span>
              {i + 1}. {BLOCK_KIND_WORDS[slide.block.kind][language]}
            </span>
            {slideTitle(slide.block) ? (
              <Typography.Text type="secondary" ellipsis style={{ display: 'block', maxWidth: 220 }}>
                {slideTitle(slide.block)}
              </Typography.Text>
            ) : null}
          </li>
        ))}
      </ol>
      <Typography.Text type="secondary" id="deck-slides-help" style={{ fontSize: 12 }}>
        {t('deckEditor.listHelp')}
      </Typography.Text>
      {readOnly ? null : (
        <>
          <Flex gap={4}>
            <Button
              size="small"
              icon={<ArrowUpOutlined />}
              disabled={selected <= 0}
              onClick={() => dispatch({ type: 'move', index: selected, by: -1 })}
              data-testid="deck-slide-up"
            >
              {t('deckEditor.moveUp')}
            </Button>
            <Button
              size="small"
              icon={<ArrowDownOutlined />}
              disabled={selected >= last}
              onClick={() => dispatch({ type: 'move', index: selected, by: 1 })}
              data-testid="deck-slide-down"
            >
              {t('deckEditor.moveDown')}
            </Button>
            <Button
              size="small"
              danger
              icon={<DeleteOutlined />}
              disabled={slides.length === 0}
              onClick={() => dispatch({ type: 'remove', index: selected })}
              data-testid="deck-slide-remove"
            >
              {t('deckEditor.remove')}
            </Button>
          </Flex>
          <Flex gap={4}>
            <Select<BlockKind>
              size="small"
              value={kind}
              onChange={setKind}
              aria-label={t('deckEditor.addKind')}
              style={{ flex: 1 }}
              options={BLOCK_KINDS.map((k) => ({ value: k, label: BLOCK_KIND_WORDS[k][language] }))}
              data-testid="deck-slide-kind"
            />
            <Button
              size="small"
              icon={<PlusOutlined />}
              onClick={() => onAdd(kind)}
              data-testid="deck-slide-add"
            >
              {t('deckEditor.addSlide')}
            </Button>
          </Flex>
        </>
      )}
    </Flex>
  );
}
