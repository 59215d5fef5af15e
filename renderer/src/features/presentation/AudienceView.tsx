import { useEffect, useState } from 'react';
import { Alert, Button, Space, Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../app/useErrorText';
import { SlideOrDisclosure, VISUALLY_HIDDEN } from './SlideOrDisclosure';
import { usePresentation } from './usePresentation';
import { openOtherView } from './windows';

const SLIDE_RATIO = 16 / 9;
const STAGE = {
  position: 'fixed',
  inset: 0,
  background: '#000000',
  display: 'flex',
  alignItems: 'center',
  justifyContent: 'center',
  overflow: 'hidden',
} as const;
const BAR = { position: 'absolute', top: 8, left: 8, zIndex: 1 } as const;

function useWindowSize() {
  const [size, setSize] = useState(() => ({ width: window.innerWidth, height: window.innerHeight }));
  useEffect(() => {
    const onResize = () => setSize({ width: window.innerWidth, height: window.innerHeight });
    window.addEventListener('resize', onResize);
    return () => window.removeEventListener('resize', onResize);
  }, []);
  return size;
}

function useIsFullScreen() {
  const [full, setFull] = useState(() => document.fullscreenElement !== null);
  useEffect(() => {
    const onChange = () => setFull(document.fullscreenElement !== null);
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, []);
  return full;
}

function enterFullScreen() {
  // Refused without a user gesture or in a frame: the view still works in a window.
  void document.documentElement.requestFullscreen?.().catch(() => {});
}

/**
 * What the room sees: one slide as large as the screen allows on black, the projection palette,
 * nothing else once full screen (the small bar of buttons is not rendered then). Black (B) draws
 * no slide at all.
 */
export function AudienceView({ deckId }: { deckId: string }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const { deck, resolved, state, slide, leave } = usePresentation(deckId);
  const size = useWindowSize();
  const fullScreen = useIsFullScreen();
  const width = Math.floor(Math.min(size.width, size.height * SLIDE_RATIO));

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if ((event.key === 'f' || event.key === 'F') && !event.ctrlKey && !event.metaKey) enterFullScreen();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  return (
    <main style={STAGE} aria-label={t('present.audienceLabel')} data-testid="audience-view">
      <h1 style={VISUALLY_HIDDEN}>{t('present.audienceLabel')}</h1>
      {fullScreen ? null : (
        <Space style={BAR} wrap>
          <Button size="small" onClick={enterFullScreen} data-testid="present-fullscreen">
            {t('present.fullScreen')}
          </Button>
          <Button
            size="small"
            onClick={() => openOtherView(deckId, 'presenter')}
            data-testid="present-open-presenter"
          >
            {t('present.openPresenter')}
          </Button>
          <Button size="small" onClick={leave} data-testid="present-leave">
            {t('present.leave')}
          </Button>
        </Space>
      )}
      {deck.error ? <Alert type="error" showIcon title={errorText(deck.error)} /> : null}
      {!resolved ? (
        deck.error ? null : (
          <Spin />
        )
      ) : state.blank ? (
        <div data-testid="present-blank" style={VISUALLY_HIDDEN} aria-live="polite">
          {t('present.blank')}
        </div>
      ) : (
        <div
          data-testid="present-slide"
          data-index={state.index}
          aria-label={t('present.counter', { current: state.index + 1, total: state.count })}
          role="region"
        >
          <SlideOrDisclosure deck={resolved} slide={slide} width={width} />
        </div>
      )}
    </main>
  );
}
