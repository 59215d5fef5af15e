import { useEffect, useState } from 'react';
import { Alert, Button, Card, Flex, Space, Spin, Switch, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../app/useErrorText';
import { SlideOrDisclosure } from './SlideOrDisclosure';
import { usePresentation } from './usePresentation';
import { openOtherView } from './windows';

const CURRENT_WIDTH = 720;
const NEXT_WIDTH = 400;

/** Seconds since the view opened or the last reset, ticking once a second. */
function useElapsed() {
  const [startedAt, setStartedAt] = useState(() => Date.now());
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(timer);
  }, []);
  const reset = () => {
    const at = Date.now();
    setStartedAt(at);
    setNow(at);
  };
  return { seconds: Math.max(0, Math.floor((now - startedAt) / 1000)), reset };
}

function clock(seconds: number): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  const hours = Math.floor(seconds / 3600);
  const rest = `${pad(Math.floor((seconds % 3600) / 60))}:${pad(seconds % 60)}`;
  return hours > 0 ? `${hours}:${rest}` : rest;
}

/**
 * The advisor's window: the current and next slides, the notes, a timer and the counter. It drives
 * the audience view (same keys, or the buttons) and, for a client-specific deck, holds the reveal
 * switch (off by default; turning it on asks the core again with reveal, which audits it).
 */
export function PresenterView({ deckId }: { deckId: string }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const { deck, resolved, state, dispatch, leave, slide, next, nextIsDisclosure } = usePresentation(deckId);
  const elapsed = useElapsed();
  // Until the deck is read there is no slide to move to: a click then would be lost.
  const loading = state.count === 0;

  return (
    <main
      className="presentation-presenter"
      aria-label={t('present.presenterLabel')}
      data-testid="presenter-view"
    >
      <Flex vertical gap="middle" style={{ padding: 24 }}>
        <Flex justify="space-between" align="center" wrap gap="middle">
          <Typography.Title level={1} style={{ margin: 0, fontSize: 24 }}>
            {t('present.presenterLabel')}
            {resolved ? `：${resolved.title}` : ''}
          </Typography.Title>
          <Space wrap>
            <Typography.Text strong style={{ fontSize: 22 }} data-testid="presenter-counter">
              {loading ? '…' : t('present.counter', { current: state.index + 1, total: state.count })}
            </Typography.Text>
            <Typography.Text style={{ fontSize: 22 }}>
              {t('present.timer')} <span data-testid="presenter-timer">{clock(elapsed.seconds)}</span>
            </Typography.Text>
            <Button onClick={elapsed.reset} data-testid="presenter-timer-reset">
              {t('present.resetTimer')}
            </Button>
          </Space>
        </Flex>
        <Space wrap>
          <Button
            disabled={loading}
            onClick={() => dispatch({ type: 'previous' })}
            data-testid="presenter-previous"
          >
            {t('present.previous')}
          </Button>
          <Button
            type="primary"
            disabled={loading}
            onClick={() => dispatch({ type: 'next' })}
            data-testid="presenter-next"
          >
            {t('present.nextButton')}
          </Button>
          <Button
            disabled={loading}
            aria-pressed={state.blank}
            onClick={() => dispatch({ type: 'toggleBlank' })}
            data-testid="presenter-blank"
          >
            {t('present.blankButton')}
          </Button>
          <Button onClick={() => openOtherView(deckId, 'audience')} data-testid="presenter-open-audience">
            {t('present.openAudience')}
          </Button>
          <Button onClick={leave}>{t('present.leave')}</Button>
        </Space>
        <Typography.Text type="secondary">{t('present.keysHelp')}</Typography.Text>
        {resolved?.clientSpecific ? (
          <Alert
            type={state.reveal ? 'warning' : 'info'}
            showIcon
            title={
              <Space wrap>
                <Switch
                  checked={state.reveal}
                  onChange={(reveal) => dispatch({ type: 'setReveal', reveal })}
                  aria-label={t('present.reveal')}
                  data-testid="presenter-reveal"
                />
                <span>{t('present.reveal')}</span>
                <Tag>{state.reveal ? t('present.revealed') : t('present.redacted')}</Tag>
              </Space>
            }
            description={t('present.revealHelp')}
          />
        ) : null}
        {deck.error ? <Alert type="error" showIcon title={errorText(deck.error)} /> : null}
        {!resolved ? (
          deck.error ? null : (
            <Spin />
          )
        ) : (
          <Flex gap="large" wrap align="flex-start">
            <Card size="small" title={t('present.current')} data-testid="presenter-current">
              <SlideOrDisclosure deck={resolved} slide={slide} width={CURRENT_WIDTH} />
            </Card>
            <Flex vertical gap="middle" style={{ flex: 1, minWidth: NEXT_WIDTH }}>
              <Card size="small" title={t('present.next')} data-testid="presenter-next-slide">
                {next || nextIsDisclosure ? (
                  <SlideOrDisclosure deck={resolved} slide={next} width={NEXT_WIDTH} palette="standard" />
                ) : (
                  <Typography.Text>{t('present.end')}</Typography.Text>
                )}
              </Card>
              <Card size="small" title={t('present.notes')}>
                <Typography.Paragraph
                  style={{ fontSize: 22, whiteSpace: 'pre-wrap' }}
                  data-testid="presenter-notes"
                >
                  {slide?.notes || (slide ? t('present.noNotes') : t('present.disclosure'))}
                </Typography.Paragraph>
              </Card>
            </Flex>
          </Flex>
        )}
      </Flex>
    </main>
  );
}
