/**
 * Decisions the main process makes about web contents, kept free of Electron imports so they are
 * tested in plain Node (tests/main). security.ts applies them to Electron's objects.
 */

/**
 * The app's own page, with any in-app route (#/clients/…) but nothing else. Compared as parsed file
 * paths, not strings: Chromium and Node may percent-encode a non-ASCII install path differently.
 */
export function isAppUrl(url: string, appUrl: string): boolean {
  let candidate: URL;
  let app: URL;
  try {
    candidate = new URL(url);
    app = new URL(appUrl);
  } catch {
    return false;
  }
  return (
    candidate.protocol === app.protocol &&
    candidate.host === app.host &&
    candidate.search === '' &&
    safeDecode(candidate.pathname) === safeDecode(app.pathname)
  );
}

function safeDecode(path: string): string | null {
  try {
    return decodeURIComponent(path);
  } catch {
    return null;
  }
}

/** The shape of Electron's WebFrameMain that the sender check reads. */
export interface SenderFrame {
  parent: unknown;
  url: string;
}

/** Only the app's own top frame, showing the app's own page, may call the core. */
export function isTrustedSender(frame: SenderFrame | null | undefined, appUrl: string): boolean {
  if (!frame || frame.parent !== null) return false;
  return isAppUrl(frame.url, appUrl);
}

/** The part of Electron's safeStorage the key store uses. */
export interface SafeStorageLike {
  isEncryptionAvailable(): boolean;
  getSelectedStorageBackend?(): string;
  encryptString(plain: string): Buffer;
  decryptString(sealed: Buffer): string;
}

export interface DeviceKeyStoreLike {
  isAvailable(): boolean;
  seal(plain: Buffer): Buffer;
  unseal(sealed: Buffer): Buffer;
}

/**
 * "Remember on this computer" over safeStorage (Keychain, DPAPI, libsecret/kwallet). Refused
 * where Linux falls back to basic_text, which is a hard-coded key, not protection.
 */
export function createSafeStorageKeyStore(
  safeStorage: SafeStorageLike,
  platform: NodeJS.Platform,
): DeviceKeyStoreLike {
  return {
    isAvailable() {
      if (!safeStorage.isEncryptionAvailable()) return false;
      return platform !== 'linux' || safeStorage.getSelectedStorageBackend?.() !== 'basic_text';
    },
    seal: (plain) => safeStorage.encryptString(plain.toString('base64')),
    unseal: (sealed) => Buffer.from(safeStorage.decryptString(sealed), 'base64'),
  };
}
