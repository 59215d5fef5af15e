// Loads the built main process against the stand-in Electron, exercises what it registered, and
// prints one JSON report for tests/e2e/electron-main.e2e.ts.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { BroadcastChannel, threadId } from 'node:worker_threads';
import { PROBE_CHANNEL } from './thread-probe.mjs';

const until = async (done, what) => {
  for (const started = Date.now(); !done(); await new Promise((r) => setTimeout(r, 20))) {
    if (Date.now() - started > 30_000) throw new Error(`timed out waiting for ${what}`);
  }
};

const workerCalls = [];
const probe = new BroadcastChannel(PROBE_CHANNEL);
probe.onmessage = ({ data }) => workerCalls.push(data);

const mainFile = process.argv[2];
await import(pathToFileURL(mainFile).href);
const state = globalThis.__fakeElectron;
await until(() => state.windows.length > 0, 'the window (main starts the core worker first)');

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
// A page with unsaved typing objects to closing: the first answer closes anyway, the second stays.
const { dialog } = await import('electron');
dialog.answers.push(0, 1);
const unsavedClose = prevented('will-prevent-unload');
const unsavedStay = prevented('will-prevent-unload');

const permission = await new Promise((resolve) => state.permissionRequest(contents, 'media', resolve));
const headers = await new Promise((resolve) => state.headersReceived({ responseHeaders: {} }, resolve));

const report = {
  webPreferences: window.options.webPreferences,
  preloadExists: existsSync(window.options.webPreferences.preload),
  rendererExists: existsSync(fileURLToPath(appUrl)),
  menu: state.menu,
  trusted: await handler({ sender: contents, senderFrame: topFrame }, 'vault.status', {}),
  unknownChannel: await handler({ sender: contents, senderFrame: topFrame }, 'clients.drop', {}),
  cliOnlyChannel: await handler({ sender: contents, senderFrame: topFrame }, 'demo.seed', { count: 5 }),
  subFrame: await handler({ sender: contents, senderFrame: { parent: {}, url: appUrl } }, 'vault.status', {}),
  foreignPage: await handler(
    { sender: contents, senderFrame: { parent: null, url: 'https://example.com/' } },
    'vault.status',
    {},
  ),
  foreignContents: await handler({ sender: {}, senderFrame: topFrame }, 'vault.status', {}),
  unsavedClose,
  unsavedStay,
  unsavedDialog: dialog.asked[0],
  navigateAway: prevented('will-navigate', 'https://example.com/'),
  navigateInApp: prevented('will-navigate', `${appUrl}#/settings`),
  windowOpen: contents.windowOpenHandler({ url: 'https://example.com/' }),
  webview: prevented('will-attach-webview'),
  permissionGranted: permission,
  permissionCheck: state.permissionCheck(contents, 'media'),
  csp: headers.responseHeaders['Content-Security-Policy'],
  setup: await handler({ sender: contents, senderFrame: topFrame }, 'vault.setup', {
    passphrase: 'a long enough passphrase',
  }),
  afterSetup: await handler({ sender: contents, senderFrame: topFrame }, 'vault.status', {}),
  mainThreadId: threadId,
};
await until(() => workerCalls.length >= 3, 'the probe to see the calls in the worker');
report.workerCalls = [...workerCalls];
probe.close();

// A document with a chart: the core draws it in the chart worker (chart-worker.js, beside it).
const ask = (channel, input) => handler({ sender: contents, senderFrame: topFrame }, channel, input);
const client = await ask('clients.create', {
  data: {
    name: '王美玲',
    nationalId: 'A123456789',
    birthDate: null,
    gender: 'F',
    phone: null,
    email: null,
    address: null,
    occupation: null,
    employer: null,
    annualIncomeTwd: null,
    investableAssets: [{ currency: 'TWD', amount: 3000000 }],
    sourceOfWealth: null,
    acquisitionSource: 'referral',
    status: 'active',
    advisor: null,
    tags: [],
    notes: null,
    household: [],
  },
});
const dossier = client.ok ? await ask('clients.dossierPdf', { id: client.value.id }) : client;
report.dossierPdf = dossier.ok
  ? { ok: true, pdf: Buffer.from(dossier.value.pdfBase64, 'base64').subarray(0, 5).toString('latin1') }
  : dossier;

// Presentation mode: main opens an audience and a presenter window, placed by the policy.
const presenting = state.ipcHandlers['advisordesk:open-presentation'];
const deckId = '3f1c2a4e-5b6d-4e7f-8a9b-0c1d2e3f4a5b';
const windowsBefore = state.windows.length;
report.presentationRefused = {
  subFrame: await presenting({ sender: contents, senderFrame: { parent: {}, url: appUrl } }, deckId),
  foreignContents: await presenting({ sender: {}, senderFrame: topFrame }, deckId),
  badDeckId: await presenting({ sender: contents, senderFrame: topFrame }, '../settings'),
  windowsOpened: state.windows.length - windowsBefore,
};
report.presentationOpened = await presenting({ sender: contents, senderFrame: topFrame }, deckId);
report.presentationWindows = state.windows.slice(windowsBefore).map((w) => ({
  route: w.url.slice(appUrl.length),
  x: w.options.x,
  y: w.options.y,
  width: w.options.width,
  height: w.options.height,
  fullscreen: w.options.fullscreen,
  contentProtection: w.contentProtection,
  sandbox: w.options.webPreferences.sandbox,
  contextIsolation: w.options.webPreferences.contextIsolation,
  preload: w.options.webPreferences.preload,
  lockedDown: w.webContents.windowOpenHandler !== null,
}));
// Asking again replaces the pair instead of adding another.
await presenting({ sender: contents, senderFrame: topFrame }, deckId);
report.presentationReplaced = state.windows.slice(windowsBefore).map((w) => w.closed === true);

// Closing the last window quits; main holds the quit until the worker has closed the database.
for (const fn of state.appEvents['window-all-closed'] ?? []) fn();
await until(() => state.quits.length >= 2, 'the second quit, after the core worker closed');
report.quits = state.quits;
report.walAfterQuit = existsSync(join(process.env.FAKE_USER_DATA, 'advisordesk.db-wal'));
report.databaseExists = existsSync(join(process.env.FAKE_USER_DATA, 'advisordesk.db'));
console.log(JSON.stringify(report));
