// A stand-in for the 'electron' module, so the built main process can run in plain Node: it
// records what main asks of Electron (windows, handlers, lock-down) for the test to inspect.
const state = {
  appEvents: {},
  windows: [],
  ipcHandlers: {},
  permissionRequest: null,
  permissionCheck: null,
  headersReceived: null,
  menu: undefined,
  /** Each app.quit() call, and whether a will-quit handler held it back. */
  quits: [],
  /** What screen.getAllDisplays() answers: a laptop and, at x 1440, a projector. */
  displays: [
    {
      id: 1,
      bounds: { x: 0, y: 0, width: 1440, height: 900 },
      workArea: { x: 0, y: 25, width: 1440, height: 875 },
    },
    {
      id: 2,
      bounds: { x: 1440, y: 0, width: 1920, height: 1080 },
      workArea: { x: 1440, y: 0, width: 1920, height: 1080 },
    },
  ],
};
globalThis.__fakeElectron = state;

function fakeContents() {
  const listeners = {};
  return {
    listeners,
    windowOpenHandler: null,
    mainFrame: null,
    on(name, fn) {
      (listeners[name] ??= []).push(fn);
    },
    setWindowOpenHandler(fn) {
      this.windowOpenHandler = fn;
    },
  };
}

export const app = {
  isPackaged: false,
  requestSingleInstanceLock: () => true,
  on(name, fn) {
    (state.appEvents[name] ??= []).push(fn);
  },
  whenReady: () => Promise.resolve(),
  getPath: () => process.env.FAKE_USER_DATA,
  // As Electron does: before-quit, then will-quit, either of which may call preventDefault().
  quit() {
    let prevented = false;
    const event = { preventDefault: () => (prevented = true) };
    for (const name of ['before-quit', 'will-quit']) for (const fn of state.appEvents[name] ?? []) fn(event);
    state.quits.push({ prevented });
  },
};

export class BrowserWindow {
  constructor(options) {
    this.options = options;
    this.webContents = fakeContents();
    state.windows.push(this);
    for (const fn of state.appEvents['web-contents-created'] ?? []) fn({}, this.webContents);
  }
  once() {}
  show() {}
  /** Recorded for the test: which windows are kept out of screen capture. */
  setContentProtection(enabled) {
    this.contentProtection = enabled;
  }
  getBounds() {
    const { x = 0, y = 0, width = 0, height = 0 } = this.options;
    return { x, y, width, height };
  }
  isDestroyed() {
    return this.closed === true;
  }
  close() {
    this.closed = true;
  }
  loadURL(url) {
    this.url = url;
    return Promise.resolve();
  }
  static getAllWindows() {
    return state.windows;
  }
  static fromWebContents(contents) {
    return state.windows.find((w) => w.webContents === contents) ?? null;
  }
}

export const ipcMain = {
  handle(channel, fn) {
    state.ipcHandlers[channel] = fn;
  },
};

export const screen = {
  getAllDisplays: () => state.displays,
  // The display holding the window's top-left corner, or the first (as Electron's nearest does).
  getDisplayMatching(rect) {
    const inside = (d) =>
      rect.x >= d.bounds.x &&
      rect.x < d.bounds.x + d.bounds.width &&
      rect.y >= d.bounds.y &&
      rect.y < d.bounds.y + d.bounds.height;
    return state.displays.find(inside) ?? state.displays[0];
  },
};

export const Menu = {
  setApplicationMenu(menu) {
    state.menu = menu;
  },
};

export const session = {
  defaultSession: {
    setPermissionRequestHandler(fn) {
      state.permissionRequest = fn;
    },
    setPermissionCheckHandler(fn) {
      state.permissionCheck = fn;
    },
    webRequest: {
      onHeadersReceived(fn) {
        state.headersReceived = fn;
      },
    },
  },
};

export const safeStorage = {
  isEncryptionAvailable: () => true,
  getSelectedStorageBackend: () => 'basic_text',
  encryptString: () => Buffer.alloc(0),
  decryptString: () => '',
};

export const dialog = {
  errors: [],
  /** What the next message boxes answer (button indexes), and what they were asked. */
  answers: [],
  asked: [],
  showErrorBox(title, content) {
    this.errors.push({ title, content });
  },
  showMessageBoxSync(...args) {
    this.asked.push(args.at(-1));
    return this.answers.shift() ?? args.at(-1).cancelId;
  },
};

export default { app, BrowserWindow, ipcMain, Menu, screen, session, safeStorage, dialog };
