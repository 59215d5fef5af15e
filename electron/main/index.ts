import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { app, BrowserWindow, dialog, ipcMain, Menu, screen, type IpcMainInvokeEvent } from 'electron';
import { startCoreWorker, type CoreClient } from '../core/worker/core-client';
import { isWindowChannel } from '../../shared/ipc/channel-names';
import { INVOKE_CHANNEL, PRESENTATION_CHANNEL } from '../../shared/ipc/electron-bridge';
import { safeStorageKeyStore } from './device-key-store';
import { isTrustedSender } from './policy';
import { isDeckId, planPresentationWindows, type PresentationWindowPlan } from './presentation-windows';
import { denyAllPermissions, lockDownContents } from './security';

/**
 * The Electron main process, kept thin: lifecycle, the window and its security settings, and the
 * one IPC bridge to the core. The core runs in a worker thread (electron/core/worker), so this
 * thread, which serves every window, only passes messages; everything else is tested without Electron.
 */

const RENDERER_INDEX = join(import.meta.dirname, '../renderer/index.html');
const PRELOAD = join(import.meta.dirname, '../preload/index.cjs');
const APP_URL = pathToFileURL(RENDERER_INDEX).href;

let core: CoreClient | null = null;

function createWindow(): BrowserWindow {
  const window = new BrowserWindow({
    width: 1360,
    height: 860,
    minWidth: 1024,
    minHeight: 640,
    title: 'AdvisorDesk 財管顧問工作台',
    show: false,
    // Written out in each window (not spread from a constant) so Electronegativity can read it.
    webPreferences: {
      preload: PRELOAD,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: false,
      // A middle click would open a link in a new window without a navigation event to refuse.
      disableBlinkFeatures: 'Auxclick',
      devTools: !app.isPackaged,
    },
  });
  window.once('ready-to-show', () => window.show());
  void window.loadURL(APP_URL);
  return window;
}

/** Presentation mode's windows, placed by the policy (presentation-windows.ts); one pair at a time. */
let presentationWindows: BrowserWindow[] = [];

function openPresentation(deckId: string, from: BrowserWindow): void {
  for (const window of presentationWindows) if (!window.isDestroyed()) window.close();
  const current = screen.getDisplayMatching(from.getBounds());
  const plans = planPresentationWindows(deckId, screen.getAllDisplays(), current.id);
  presentationWindows = plans.map((plan) => presentationWindow(plan));
}

function presentationWindow(plan: PresentationWindowPlan): BrowserWindow {
  const window = new BrowserWindow({
    ...plan.bounds,
    fullscreen: plan.fullscreen,
    title: 'AdvisorDesk 簡報 / Presentation',
    backgroundColor: '#000000',
    show: false,
    // Written out in each window (not spread from a constant) so Electronegativity can read it.
    webPreferences: {
      preload: PRELOAD,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: false,
      // A middle click would open a link in a new window without a navigation event to refuse.
      disableBlinkFeatures: 'Auxclick',
      devTools: !app.isPackaged,
    },
  });
  // Kept out of screen capture and sharing: the presenter's notes never reach a shared screen.
  window.setContentProtection(plan.contentProtection);
  window.once('ready-to-show', () => window.show());
  void window.loadURL(`${APP_URL}${plan.route}`);
  return window;
}

function registerBridge(activeCore: CoreClient): void {
  const fromApp = (event: IpcMainInvokeEvent) =>
    BrowserWindow.fromWebContents(event.sender) !== null && isTrustedSender(event.senderFrame, APP_URL);
  ipcMain.handle(INVOKE_CHANNEL, async (event, channel: unknown, input: unknown) => {
    if (!fromApp(event)) {
      return { ok: false, error: { code: 'UNAUTHORIZED', message: 'sender is not the app window' } };
    }
    if (!isWindowChannel(channel))
      return { ok: false, error: { code: 'UNKNOWN_CHANNEL', message: 'unknown channel' } };
    return activeCore.invoke(channel, input);
  });
  ipcMain.handle(PRESENTATION_CHANNEL, (event, deckId: unknown) => {
    const from = BrowserWindow.fromWebContents(event.sender);
    if (!from || !fromApp(event) || !isDeckId(deckId)) return false;
    openPresentation(deckId, from);
    return true;
  });
}

if (!app.requestSingleInstanceLock()) {
  // A second copy would open the same database; hand over to the first one instead.
  app.quit();
} else {
  app.on('second-instance', () => {
    const [window] = BrowserWindow.getAllWindows();
    if (window) {
      if (window.isMinimized()) window.restore();
      window.focus();
    }
  });

  // Every web contents, not only the main window's, gets the same lock-down.
  app.on('web-contents-created', (_event, contents) => lockDownContents(contents, APP_URL));

  app
    .whenReady()
    .then(async () => {
      Menu.setApplicationMenu(null);
      denyAllPermissions();
      core = await startCoreWorker({
        dataDir: app.getPath('userData'),
        fontsDir: app.isPackaged ? join(process.resourcesPath, 'fonts') : undefined,
        checkOutputs: !app.isPackaged,
        // `npm start` builds the database module for Electron apart from the Node one (scripts/start.mjs).
        nativeBinding: app.isPackaged ? undefined : process.env.ADVISORDESK_NATIVE_BINDING,
        deviceKeyStore: safeStorageKeyStore,
      });
      registerBridge(core);
      createWindow();
      app.on('activate', () => {
        if (BrowserWindow.getAllWindows().length === 0) createWindow();
      });
    })
    .catch((error: unknown) => {
      // Without its core the app can do nothing: say so (by error name only) instead of idling unseen.
      const name = error instanceof Error ? error.name : 'unknown error';
      dialog.showErrorBox(
        'AdvisorDesk 無法啟動 / cannot start',
        `核心程序無法啟動（${name}）。請重新開啟程式。`,
      );
      app.quit();
    });

  app.on('window-all-closed', () => {
    // macOS keeps the app running without windows: the vault locks until a window comes back.
    if (process.platform === 'darwin') void core?.invoke('vault.lock', {});
    else app.quit();
  });

  app.on('will-quit', (event) => {
    if (!core) return;
    // Quit once the worker has finished its calls and closed the database.
    event.preventDefault();
    const closing = core;
    core = null;
    void closing.close().finally(() => app.quit());
  });
}
