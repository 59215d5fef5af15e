// Loads the built main process against the stand-in Electron, exercises what it registered, and
// prints one JSON report for tests/e2e/electron-main.e2e.ts.
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const mainFile = process.argv[2];
await import(pathToFileURL(mainFile).href);
await new Promise((resolve) => setTimeout(resolve, 200)); // let whenReady().then(...) run

const state = globalThis.__fakeElectron;
const [window] = state.windows;
const contents = window.webContents;
const appUrl = window.url;
const handler = state.ipcHandlers['advisordesk:invoke'];
const topFrame = { parent: null, url: `${appUrl}#/clients` };

const prevented = (listenerName, ...args) => {
  let stopped = false;
  const event = { preventDefault: () => (stopped = true), url: args[0] };
  for (const fn of contents.listeners[listenerName] ?? []) fn(event, ...args);
  return stopped;
};
const permission = await new Promise((resolve) => state.permissionRequest(contents, 'media', resolve));
const headers = await new Promise((resolve) => state.headersReceived({ responseHeaders: {} }, resolve));

const report = {
  webPreferences: window.options.webPreferences,
  preloadExists: existsSync(window.options.webPreferences.preload),
  rendererExists: existsSync(fileURLToPath(appUrl)),
  menu: state.menu,
  trusted: await handler({ sender: contents, senderFrame: topFrame }, 'vault.status', {}),
  unknownChannel: await handler({ sender: contents, senderFrame: topFrame }, 'clients.drop', {}),
  subFrame: await handler({ sender: contents, senderFrame: { parent: {}, url: appUrl } }, 'vault.status', {}),
  foreignPage: await handler(
    { sender: contents, senderFrame: { parent: null, url: 'https://example.com/' } },
    'vault.status',
    {},
  ),
  foreignContents: await handler({ sender: {}, senderFrame: topFrame }, 'vault.status', {}),
  navigateAway: prevented('will-navigate', 'https://example.com/'),
  navigateInApp: prevented('will-navigate', `${appUrl}#/settings`),
  windowOpen: contents.windowOpenHandler({ url: 'https://example.com/' }),
  webview: prevented('will-attach-webview'),
  permissionGranted: permission,
  permissionCheck: state.permissionCheck(contents, 'media'),
  csp: headers.responseHeaders['Content-Security-Policy'],
};
for (const fn of state.appEvents['window-all-closed'] ?? []) fn();
console.log(JSON.stringify(report));
