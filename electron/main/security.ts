import { BrowserWindow, dialog, session, type WebContents } from 'electron';
import { RENDERER_CSP } from '../../shared/csp';
import { isAppUrl } from './policy';

/** No permission (camera, notifications, geolocation…) is ever granted. */
export function denyAllPermissions(): void {
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.defaultSession.setPermissionCheckHandler(() => false);
  session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [RENDERER_CSP] },
    });
  });
}

/** The window may not navigate away, open windows, or attach webviews. */
export function lockDownContents(contents: WebContents, appUrl: string): void {
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url, appUrl)) event.preventDefault();
  });
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.on('will-frame-navigate', (event) => {
    if (!isAppUrl(event.url, appUrl)) event.preventDefault();
  });
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  // A page with unsaved typing objects to being closed (beforeunload); Electron would then keep the
  // window open without a word, so ask. preventDefault() here means: close anyway.
  contents.on('will-prevent-unload', (event) => {
    const window = BrowserWindow.fromWebContents(contents);
    const options = {
      type: 'question' as const,
      buttons: [...LEAVE_UNSAVED.buttons],
      defaultId: 1,
      cancelId: 1,
      title: LEAVE_UNSAVED.title,
      message: LEAVE_UNSAVED.message,
    };
    const answer = window ? dialog.showMessageBoxSync(window, options) : dialog.showMessageBoxSync(options);
    if (answer === 0) event.preventDefault();
  });
}

/** Both languages at once: main does not know the renderer's language setting. */
const LEAVE_UNSAVED = {
  title: 'AdvisorDesk',
  message: '尚未儲存的修改將會遺失，仍要關閉嗎？\nUnsaved changes will be lost. Close anyway?',
  buttons: ['關閉 Close', '留下 Stay'],
} as const;
