import { describe, expect, it } from 'vitest';
import {
  createSafeStorageKeyStore,
  isAppUrl,
  isTrustedSender,
  type SafeStorageLike,
} from '../../electron/main/policy';

const APP = 'file:///opt/AdvisorDesk/resources/app.asar/out/renderer/index.html';

describe('main-process policy', () => {
  it('lets the app navigate within its own page only', () => {
    expect(isAppUrl(APP, APP)).toBe(true);
    expect(isAppUrl(`${APP}#/clients/1`, APP)).toBe(true);
    expect(isAppUrl('https://example.com/', APP)).toBe(false);
    expect(isAppUrl(`${APP}.evil.html`, APP)).toBe(false);
    expect(isAppUrl('file:///etc/passwd', APP)).toBe(false);
    expect(isAppUrl(`${APP}?x=1`, APP)).toBe(false);
    expect(isAppUrl('not a url', APP)).toBe(false);
    // The same path with its non-ASCII user name encoded differently is the same page.
    const zhApp = 'file:///C:/Users/%E7%8E%8B%E6%98%8E/AdvisorDesk/index.html';
    expect(isAppUrl('file:///C:/Users/王明/AdvisorDesk/index.html#/clients', zhApp)).toBe(true);
    expect(isAppUrl('file:///C:/Users/%E7%8E%8B%E6%98%8E/Other/index.html', zhApp)).toBe(false);
  });

  it('trusts only the top frame showing the app page', () => {
    expect(isTrustedSender({ parent: null, url: `${APP}#/` }, APP)).toBe(true);
    expect(isTrustedSender({ parent: {}, url: APP }, APP)).toBe(false);
    expect(isTrustedSender({ parent: null, url: 'https://evil.example/' }, APP)).toBe(false);
    expect(isTrustedSender(null, APP)).toBe(false);
  });

  describe('safeStorage key store', () => {
    const fake = (backend: string, available = true): SafeStorageLike => ({
      isEncryptionAvailable: () => available,
      getSelectedStorageBackend: () => backend,
      encryptString: (plain) => Buffer.from(plain.split('').reverse().join('')),
      decryptString: (sealed) => sealed.toString().split('').reverse().join(''),
    });

    it('refuses Linux basic_text, which is no protection, and a missing keychain', () => {
      expect(createSafeStorageKeyStore(fake('basic_text'), 'linux').isAvailable()).toBe(false);
      expect(createSafeStorageKeyStore(fake('gnome_libsecret', false), 'linux').isAvailable()).toBe(false);
      expect(createSafeStorageKeyStore(fake('gnome_libsecret'), 'linux').isAvailable()).toBe(true);
      expect(createSafeStorageKeyStore(fake('unknown'), 'win32').isAvailable()).toBe(true);
    });

    it('seals and unseals the raw key bytes', () => {
      const store = createSafeStorageKeyStore(fake('kwallet5'), 'linux');
      const key = Buffer.from(Array.from({ length: 32 }, (_, i) => i * 7));
      const sealed = store.seal(key);
      expect(sealed.equals(key)).toBe(false);
      expect(store.unseal(sealed).equals(key)).toBe(true);
    });
  });
});
