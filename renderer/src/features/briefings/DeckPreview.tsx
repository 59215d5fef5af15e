import { Alert, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ResolvedSlide, Slide } from '../../../../shared/features/briefings';
import { useErrorText } from '../../app/useErrorText';
import { useChannelQuery } from '../../lib/queries';
import { DisclosureSlideView } from './slides/DisclosureSlideView';
import { SlideView } from './slides/SlideView';

const PREVIEW_WIDTH = 560;
const DISCLOSURE_WIDTH = 280;

/**
 * The selected slide as it will be shown: the saved version's data (resolved and redacted by the
 * core) drawn with the block as typed now, so words, commentary and titles follow the typing;
 * data a change needs (new series, another product) comes with the next save.
 */
export function DeckPreview({
  deckId,
  version,
  slide,
}: {
  deckId: string;
  version: number;
  slide: Slide | undefined;
}) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const resolved = useChannelQuery('briefings.slides', { deckId, version });
  if (resolved.error) return <Alert type="error" showIcon title={errorText(resolved.error)} />;
  const saved = resolved.data?.slides.find((s) => s.id === slide?.id);
  const live: ResolvedSlide | null = !slide
    ? null
    : slide.block.kind === 'text'
      ? { ...slide, data: { kind: 'text' } }
      : saved && saved.data.kind === slide.block.kind
        ? { ...saved, block: slide.block, notes: slide.notes }
        : null;
  return (
    <Flex vertical gap="small" data-testid="deck-preview">
      <Typography.Text strong>{t('deckEditor.preview')}</Typography.Text>
      {live ? (
        <div style={{ border: '1px solid #d9d9d9', width: PREVIEW_WIDTH + 2 }}>
          <SlideView slide={live} width={PREVIEW_WIDTH} />
        </div>
      ) : slide && !resolved.isLoading ? (
        <Typography.Text type="secondary">{t('deckEditor.previewEmpty')}</Typography.Text>
      ) : null}
      {resolved.data ? (
        <div style={{ border: '1px solid #d9d9d9', width: DISCLOSURE_WIDTH + 2 }}>
          <DisclosureSlideView disclosure={resolved.data.disclosure} width={DISCLOSURE_WIDTH} />
        </div>
      ) : null}
    </Flex>
  );
}
