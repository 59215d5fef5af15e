import type { ReactNode } from 'react';
import { SLIDE_HEIGHT, SLIDE_WIDTH, slideTheme, type SlidePalette, type SlideTheme } from './theme';

/**
 * One slide's box: the content is laid out at 1280×720 and scaled to `width` (16:9), so the same
 * slide reads alike as a thumbnail, in the preview and full screen.
 */
export function SlideFrame({
  width,
  palette,
  label,
  testId,
  children,
}: {
  width: number;
  palette: SlidePalette;
  /** What a screen reader hears the slide called. */
  label: string;
  testId: string;
  children: (theme: SlideTheme) => ReactNode;
}) {
  const theme = slideTheme(palette);
  const scale = width / SLIDE_WIDTH;
  return (
    <div
      role="group"
      aria-label={label}
      data-testid={testId}
      data-palette={palette}
      style={{
        width,
        height: SLIDE_HEIGHT * scale,
        overflow: 'hidden',
        position: 'relative',
        background: theme.background,
      }}
    >
      <div
        style={{
          width: SLIDE_WIDTH,
          height: SLIDE_HEIGHT,
          transform: `scale(${scale})`,
          transformOrigin: '0 0',
          boxSizing: 'border-box',
          padding: '48px 56px',
          display: 'flex',
          flexDirection: 'column',
          color: theme.text,
          background: theme.background,
          fontFamily: 'Noto Sans TC, Noto Sans CJK TC, sans-serif',
          textAlign: 'left',
        }}
      >
        {children(theme)}
      </div>
    </div>
  );
}
