// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
// The app's modules first, in the app's order (the start screens read every feature's slots).
import { appRoutes } from '../../renderer/src/app/routes';
import { UnlockScreen } from '../../renderer/src/features/vault/UnlockScreen';
import type { Result } from '../../shared/ipc/result';
import { click, fakeApi, mount, ok, settle, typeInto, vaultStatus } from './harness';

void appRoutes;

const REPORT = {
  file: '/media/usb/advisordesk-20261130T020000Z.adbackup',
  createdAt: '2026-11-30T02:00:00.000Z',
  appVersion: '0.1.0',
  schemaVersion: 18,
  bytes: 348_160,
  sha256: 'ab'.repeat(32),
  integrity: 'ok' as const,
  auditHead: { count: 42, lastId: 42, hash: 'cd'.repeat(32) },
};

const refused = (code: string, problem: { 'zh-TW': string; en: string }): Result<never> => ({
  ok: false,
  error: { code: code as never, message: 'refused', details: { problems: [problem] } },
});

/** The unlock screen of a damaged vault, over a scripted core whose restore is `restore`. */
function damagedVault(restore: () => Result<unknown>) {
  return fakeApi({
    'vault.status': () => vaultStatus('locked'),
    'backup.verify': () => ok(REPORT),
    'backup.restore': restore,
  });
}

describe('從備份還原 on the unlock screen (a damaged vault cannot be unlocked)', () => {
  let view: ReturnType<typeof mount>;
  afterEach(() => {
    view.unmount();
    document.body.innerHTML = '';
  });

  async function fillAndCheck(core: ReturnType<typeof damagedVault>) {
    view = mount(core.api);
    await view.render(<UnlockScreen />);
    await click(view.byTestId('unlock-start-restore'));
    await typeInto(view.byTestId('restore-file')!, REPORT.file);
    await typeInto(view.byTestId('restore-passphrase')!, 'the old passphrase');
    await click(view.byTestId('restore-check'));
    await settle();
  }

  it('checks first (nothing restored), then asks to confirm, then names the replaced-<time> folder', async () => {
    const folder = '/data/replaced-20261130T030000Z';
    const core = damagedVault(() =>
      ok({ ...REPORT, replaced: true, safetyBackup: null, replacedFolder: folder }),
    );
    await fillAndCheck(core);
    expect(core.channels()).toContain('backup.verify');
    expect(core.channels()).not.toContain('backup.restore');
    expect(view.byTestId('restore-report')!.textContent).toContain('42 筆，鏈首已核對');
    expect(view.byTestId('restore-report')!.textContent).toContain('2026-11-30 10:00');

    await click(view.byTestId('restore-submit'));
    expect(view.byTestId('restore-confirm-text')!.textContent).toContain('replaced-<時間>');
    expect(core.channels()).not.toContain('backup.restore');
    await click(view.byTestId('restore-confirm'));
    await settle();

    expect(core.calls.find((c) => c.channel === 'backup.restore')!.input).toEqual({
      file: REPORT.file,
      passphrase: 'the old passphrase',
    });
    expect(view.byTestId('restore-done')!.textContent).toContain(`已損毀的資料庫已移到：${folder}`);
    // Back on the passphrase: the restored vault is locked.
    expect(view.byTestId('unlock-passphrase')).not.toBeNull();
  });

  it("shows the core's refusal of a vault that is not damaged, and stays on the form", async () => {
    const core = damagedVault(() =>
      refused('BACKUP_TARGET_NOT_EMPTY', { 'zh-TW': '不應出現', en: 'unused' }),
    );
    await fillAndCheck(core);
    await click(view.byTestId('restore-submit'));
    await click(view.byTestId('restore-confirm'));
    await settle();
    expect(view.byTestId('restore-error')!.textContent).toContain('資料夾中已有資料庫：請先解鎖');
    expect(view.byTestId('restore-done')).toBeNull();
    expect(view.byTestId('restore-file')).not.toBeNull();
  });

  it('asks for the check again once the file changes, and says a refused check in its words', async () => {
    const core = fakeApi({
      'vault.status': () => vaultStatus('locked'),
      'backup.verify': (input: { file: string }) =>
        input.file.endsWith('bad.adbackup')
          ? refused('BACKUP_DAMAGED', {
              'zh-TW': '備份檔的 SHA-256 檢查碼不符',
              en: 'The backup SHA-256 checksum does not match',
            })
          : ok(REPORT),
    });
    await fillAndCheck(core as ReturnType<typeof damagedVault>);
    expect(view.byTestId('restore-submit')).not.toBeNull();
    await typeInto(view.byTestId('restore-file')!, '/media/usb/bad.adbackup');
    expect(view.byTestId('restore-submit')).toBeNull();
    expect(view.byTestId('restore-report')).toBeNull();
    await click(view.byTestId('restore-check'));
    await settle();
    expect(view.byTestId('restore-error')!.textContent).toBe(
      '備份檔已損毀或不完整，未做任何變更：備份檔的 SHA-256 檢查碼不符',
    );
    expect(core.channels()).not.toContain('backup.restore');
  });
});
