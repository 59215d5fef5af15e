// `npm start`: the desktop app in Electron, or the browser host where no Electron binary exists.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { electronBinary } from './electron-binary.mjs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const require = createRequire(import.meta.url);
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { stdio: 'inherit', cwd: root, ...options });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

/**
 * better-sqlite3 in node_modules is built for Node (tests and CLI use it). Electron needs its own
 * ABI, so a copy is built for Electron under out/ and main loads it through nativeBinding.
 */
function electronNativeBinding() {
  const electronVersion = JSON.parse(
    readFileSync(join(root, 'node_modules/electron/package.json'), 'utf8'),
  ).version;
  const dir = join(root, 'out/electron-native/better-sqlite3-multiple-ciphers');
  const stamp = join(dir, '.electron-version');
  const binding = join(dir, 'build/Release/better_sqlite3.node');
  if (!existsSync(stamp) || readFileSync(stamp, 'utf8') !== electronVersion || !existsSync(binding)) {
    console.log(`Building the database module for Electron ${electronVersion} (once)…`);
    cpSync(join(root, 'node_modules/better-sqlite3-multiple-ciphers'), dir, { recursive: true });
    run(
      process.execPath,
      [
        require.resolve('node-gyp/bin/node-gyp.js'),
        'rebuild',
        '--release',
        `--target=${electronVersion}`,
        '--runtime=electron',
        '--dist-url=https://electronjs.org/headers',
      ],
      { cwd: dir },
    );
    writeFileSync(stamp, electronVersion);
  }
  return binding;
}

const electron = electronBinary(join(root, 'node_modules/electron'));
if (!electron) {
  console.log('Electron binary not found on this machine; starting the browser host instead (npm run web).');
  run(npm, ['run', 'web'], { shell: process.platform === 'win32' });
} else {
  run(npm, ['run', 'build'], { shell: process.platform === 'win32' });
  const nativeBinding = electronNativeBinding();
  run(electron, ['.'], { env: { ...process.env, ADVISORDESK_NATIVE_BINDING: nativeBinding } });
}
