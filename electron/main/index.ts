import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { app, BrowserWindow, ipcMain, Menu } from 'electron';
import { createCore, type Core } from '../core/app';
import { INVOKE_CHANNEL } from '../../shared/ipc/electron-bridge';
import { safeStorageKeyStore } from './device-key-store';
import { isTrustedSender } from './policy';
import { denyAllPermissions, lockDownContents } from './security';

/**
 * The Electron main process, kept thin: lifecycle, the window and its security settings, and the
 * one IPC bridge to the core. Everything else is electron/core, tested without Electron.
 */

const RENDERER_INDEX = join(import.meta.dirname, '../renderer/index.html');
const PRELOAD = join(import.meta.dirname, '../preload/index.cjs');
const APP_URL = pathToFileURL(RENDERER_INDEX).href;

let core: Core | null = null;

function createWindow(): BrowserWindow {
  const window = new BrowserWindow({
    width: 1360,
    height: 860,
    minWidth: 1024,
    minHeight: 640,
    title: 'AdvisorDesk 財管顧問工作台',
    show: false,
    webPreferences: {
      preload: PRELOAD,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: false,
      devTools: !app.isPackaged,
    },
  });
  window.once('ready-to-show', () => window.show());
  void window.loadURL(APP_URL);
  return window;
}

function registerBridge(activeCore: Core): void {
  ipcMain.handle(INVOKE_CHANNEL, async (event, channel: unknown, input: unknown) => {
    const fromAppWindow = BrowserWindow.fromWebContents(event.sender) !== null;
    if (!fromAppWindow || !isTrustedSender(event.senderFrame, APP_URL)) {
      return { ok: false, error: { code: 'UNAUTHORIZED', message: 'sender is not the app window' } };
    }
    return activeCore.router.invoke(channel, input);
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

  void app.whenReady().then(() => {
    Menu.setApplicationMenu(null);
    denyAllPermissions();
    core = createCore({
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
  });

  app.on('window-all-closed', () => {
    core?.close();
    core = null;
    if (process.platform !== 'darwin') app.quit();
  });

  app.on('before-quit', () => core?.close());
}
