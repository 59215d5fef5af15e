import { useCallback, useEffect, useMemo, useRef, type ReactNode } from 'react';
import { Button, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import { useBlocker, type BlockerFunction } from 'react-router';

/** What the forms of one page tell the guard. */
export interface LeaveGuard {
  /** The named form has changes that are not saved yet. */
  changed(form: string): void;
  /** The named form's changes were saved, or dropped on purpose. */
  saved(form: string): void;
}

/**
 * Warns before leaving a page whose forms hold unsaved typing: an in-app navigation is held by
 * the router's blocker and asks in the app's language; closing or reloading a browser tab gets
 * the browser's own beforeunload prompt. One guard per page: the router keeps one blocker at a time.
 * Render `prompt` somewhere on the page.
 */
export function useLeaveGuard(): { guard: LeaveGuard; prompt: ReactNode } {
  const { t } = useTranslation();
  // A ref, not state: a save clears it and navigates in the same tick, before any re-render.
  const dirty = useRef(new Set<string>());
  const shouldBlock = useCallback<BlockerFunction>(
    ({ currentLocation, nextLocation }) =>
      dirty.current.size > 0 && currentLocation.pathname !== nextLocation.pathname,
    [],
  );
  const blocker = useBlocker(shouldBlock);

  useEffect(() => {
    // In Electron, main answers the objection ('will-prevent-unload') with a dialog.
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (dirty.current.size === 0) return;
      event.preventDefault();
      // Older Chromium (Electron included) needs returnValue set to show the prompt.
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, []);

  const guard = useMemo<LeaveGuard>(
    () => ({
      changed: (form) => void dirty.current.add(form),
      saved: (form) => void dirty.current.delete(form),
    }),
    [],
  );

  const stay = () => blocker.reset?.();
  const leave = () => {
    dirty.current.clear();
    blocker.proceed?.();
  };
  const prompt = (
    <Modal
      open={blocker.state === 'blocked'}
      title={t('leave.title')}
      onCancel={stay}
      footer={[
        <Button key="stay" type="primary" onClick={stay} data-testid="leave-stay">
          {t('leave.stay')}
        </Button>,
        <Button key="leave" danger onClick={leave} data-testid="leave-confirm">
          {t('leave.confirm')}
        </Button>,
      ]}
    >
      <p data-testid="leave-body">{t('leave.body')}</p>
    </Modal>
  );
  return { guard, prompt };
}
