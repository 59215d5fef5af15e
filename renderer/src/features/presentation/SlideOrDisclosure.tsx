import type { ResolvedDeck, ResolvedSlide } from '../../../../shared/features/briefings';
import { DisclosureSlideView, SlideView, type SlidePalette } from '../briefings';

/** A deck's slide, or its disclosure slide (the one after the last), at a width. */
export function SlideOrDisclosure({
  deck,
  slide,
  width,
  palette = 'projection',
}: {
  deck: ResolvedDeck;
  slide: ResolvedSlide | null;
  width: number;
  palette?: SlidePalette;
}) {
  return slide ? (
    <SlideView slide={slide} width={width} palette={palette} />
  ) : (
    <DisclosureSlideView disclosure={deck.disclosure} width={width} palette={palette} />
  );
}

/** Read by assistive technology only; never a way to hide what the audience must not see. */
export const VISUALLY_HIDDEN = {
  position: 'absolute',
  width: 1,
  height: 1,
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
} as const;
