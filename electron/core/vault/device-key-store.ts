/**
 * The OS keychain as the core sees it ("remember on this computer"). Electron main provides one
 * over safeStorage; the CLI and the browser host have none.
 */
export interface DeviceKeyStore {
  /** False where the keychain is missing or is Linux's plaintext basic_text backend. */
  isAvailable(): boolean;
  seal(plain: Buffer): Buffer;
  unseal(sealed: Buffer): Buffer;
}
