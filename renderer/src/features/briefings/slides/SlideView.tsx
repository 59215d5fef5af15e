import type { ReactNode } from 'react';
import { BLOCK_KIND_WORDS, type ResolvedSlide } from '../../../../../shared/features/briefings';
import { useLanguage } from '../../../app/language';
import { ImageSlide, ProductSpotlightSlide, TextSlide, TitleSlide } from './ContentSlides';
import {
  AllocationSlide,
  ClientPortfolioSlide,
  FxPanelSlide,
  MarketChartSlide,
  ReturnsTableSlide,
} from './DataSlides';
import { SlideFrame } from './SlideFrame';
import type { SlidePalette, SlideTheme } from './theme';

/**
 * One resolved slide (briefings.slides: the data already redacted by the core) drawn at `width`
 * pixels wide, 16:9. The editor's preview, the presentation's audience and presenter views and the
 * thumbnails all draw slides with it. `palette="projection"` is the high-contrast one for a
 * projector.
 */
export function SlideView({
  slide,
  width,
  palette = 'standard',
}: {
  slide: ResolvedSlide;
  width: number;
  palette?: SlidePalette;
}) {
  const { language } = useLanguage();
  return (
    <SlideFrame
      width={width}
      palette={palette}
      label={BLOCK_KIND_WORDS[slide.block.kind][language]}
      testId="slide-view"
    >
      {(theme) => <SlideBody slide={slide} theme={theme} />}
    </SlideFrame>
  );
}

/** The block's drawing; nothing when the data does not match the block (a stale preview). */
function SlideBody({ slide, theme }: { slide: ResolvedSlide; theme: SlideTheme }): ReactNode {
  const { block, data } = slide;
  switch (block.kind) {
    case 'title':
      return data.kind === 'title' ? <TitleSlide block={block} data={data} theme={theme} /> : null;
    case 'text':
      return <TextSlide block={block} theme={theme} />;
    case 'image':
      return data.kind === 'image' ? <ImageSlide block={block} data={data} theme={theme} /> : null;
    case 'productSpotlight':
      return data.kind === 'productSpotlight' ? (
        <ProductSpotlightSlide block={block} data={data} theme={theme} />
      ) : null;
    case 'marketChart':
      return data.kind === 'marketChart' ? (
        <MarketChartSlide block={block} data={data} theme={theme} />
      ) : null;
    case 'returnsTable':
      return data.kind === 'returnsTable' ? (
        <ReturnsTableSlide block={block} data={data} theme={theme} />
      ) : null;
    case 'fxPanel':
      return data.kind === 'fxPanel' ? <FxPanelSlide block={block} data={data} theme={theme} /> : null;
    case 'allocation':
      return data.kind === 'allocation' ? <AllocationSlide block={block} data={data} theme={theme} /> : null;
    case 'clientPortfolio':
      return data.kind === 'clientPortfolio' ? (
        <ClientPortfolioSlide block={block} data={data} theme={theme} />
      ) : null;
  }
}
