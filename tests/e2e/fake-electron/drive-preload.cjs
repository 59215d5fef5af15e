// Loads the built sandboxed preload with a stand-in 'electron' and prints what it exposed and
// what its invoke() passed on, as one JSON line for tests/e2e/electron-main.e2e.ts.
const Module = require('node:module');

const exposed = {};
const forwarded = [];
const fakeElectron = {
  contextBridge: { exposeInMainWorld: (key, value) => (exposed[key] = value) },
  ipcRenderer: {
    invoke: (...args) => {
      forwarded.push(args);
      return Promise.resolve({ ok: true, value: 'from main' });
    },
  },
};
const load = Module._load;
const required = [];
Module._load = function (request, ...rest) {
  required.push(request);
  if (request === 'electron') return fakeElectron;
  return load.call(this, request, ...rest);
};

require(process.argv[2]);
Module._load = load;

(async () => {
  const api = exposed.advisorDesk;
  const report = {
    exposedKeys: Object.keys(exposed),
    apiKeys: Object.keys(api),
    required: required.filter((r) => r !== process.argv[2]),
    known: await api.invoke('vault.status', {}),
    unknown: await api.invoke('clients.drop', {}),
    notAString: await api.invoke(42, {}),
    presentationKeys: Object.keys(exposed.advisorDeskPresentation),
    presentationOpen: await exposed.advisorDeskPresentation.open('deck-id'),
    presentationNotAString: await exposed.advisorDeskPresentation.open({ deckId: 'x' }),
    forwarded,
  };
  console.log(JSON.stringify(report));
})();
