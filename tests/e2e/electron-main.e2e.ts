import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RENDERER_CSP } from '../../shared/csp';
import { makeTempDataDir, removeTempDataDir } from '../core/helpers/temp-dir';
import { REPO_ROOT } from './browser-host';

/**
 * The built Electron main process (out/main/index.js, as packaged) run in plain Node against a
 * stand-in 'electron' module: the window's security settings, the lock-down handlers and the IPC
 * bridge to the core, without the Electron binary this machine cannot download.
 */
describe('built main process against a stand-in Electron', () => {
  let dataDir: string;
  let report: Record<string, unknown>;

  beforeAll(() => {
    const mainFile = join(REPO_ROOT, 'out/main/index.js');
    if (!existsSync(mainFile)) throw new Error('out/main is missing: npm run test:e2e builds it first');
    dataDir = makeTempDataDir('advisordesk-main-');
    const fake = join(REPO_ROOT, 'tests/e2e/fake-electron');
    const output = execFileSync(
      process.execPath,
      [
        '--import',
        join(fake, 'register.mjs'),
        '--import',
        join(fake, 'thread-probe.mjs'),
        join(fake, 'drive-main.mjs'),
        mainFile,
      ],
      // A hang (a worker that never answers) fails here instead of stalling the whole run.
      {
        cwd: REPO_ROOT,
        env: { ...process.env, FAKE_USER_DATA: dataDir },
        encoding: 'utf8',
        timeout: 120_000,
      },
    );
    report = JSON.parse(output.trim().split('\n').at(-1)!) as Record<string, unknown>;
  });
  afterAll(() => removeTempDataDir(dataDir));

  it('opens a sandboxed, context-isolated window with the built preload and renderer', () => {
    expect(report.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
    });
    expect(String((report.webPreferences as { preload: string }).preload)).toMatch(/preload[/\\]index\.cjs$/);
    expect(report.preloadExists).toBe(true);
    expect(report.rendererExists).toBe(true);
    expect(report.menu).toBeNull();
  });

  it('answers the app window through the core, over the data folder Electron names', () => {
    expect(report.trusted).toEqual({
      ok: true,
      value: expect.objectContaining({ state: 'uninitialized', deviceUnlockAvailable: false }),
    });
    expect(report.unknownChannel).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } });
    // Demo data in bulk is the command line's: the window is never offered it.
    expect(report.cliOnlyChannel).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } });
    expect(report.setup).toMatchObject({ ok: true, value: { recoveryCode: expect.any(String) } });
    expect(report.afterSetup).toMatchObject({ ok: true, value: { state: 'unlocked' } });
  });

  it('hands the calls it accepts, and only those, to the core in a worker thread', () => {
    const calls = report.workerCalls as { threadId: number; channel: string }[];
    // Unknown and command-line channels are refused in main, before the worker sees them.
    expect(calls.map((c) => c.channel)).toEqual(['vault.status', 'vault.setup', 'vault.status']);
    expect(new Set(calls.map((c) => c.threadId)).size).toBe(1);
    expect(calls[0]!.threadId).not.toBe(report.mainThreadId);
    // The main bundle does not carry the core: the database module is loaded by the worker's only.
    const bundle = (name: string) => readFileSync(join(REPO_ROOT, 'out/main', name), 'utf8');
    expect(bundle('index.js')).not.toContain('better-sqlite3');
    expect(bundle('core-worker.js')).toContain('better-sqlite3');
  });

  it("draws a document's charts in the built chart worker (chart-worker.js beside the core)", () => {
    expect(report.dossierPdf).toEqual({ ok: true, pdf: '%PDF-' });
    expect(existsSync(join(REPO_ROOT, 'out/main/chart-worker.js'))).toBe(true);
  });

  it('holds the quit until the core worker has closed the database', () => {
    expect(report.quits).toEqual([{ prevented: true }, { prevented: false }]);
    expect(report.databaseExists).toBe(true);
    // SQLite removes the write-ahead log when its last connection closes cleanly.
    expect(report.walAfterQuit).toBe(false);
  });

  it('refuses subframes, foreign pages and foreign web contents', () => {
    for (const key of ['subFrame', 'foreignPage', 'foreignContents']) {
      expect(report[key], key).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } });
    }
  });

  it('blocks navigation away, new windows, webviews and every permission; sets the CSP header', () => {
    expect(report.navigateAway).toBe(true);
    expect(report.navigateInApp).toBe(false);
    expect(report.windowOpen).toEqual({ action: 'deny' });
    expect(report.webview).toBe(true);
    expect(report.permissionGranted).toBe(false);
    expect(report.permissionCheck).toBe(false);
    expect(report.csp).toEqual([RENDERER_CSP]);
  });

  it('asks before a window with unsaved typing closes, in both languages, and stays when told to', () => {
    expect(report.unsavedDialog).toMatchObject({
      buttons: ['關閉 Close', '留下 Stay'],
      cancelId: 1,
      message: expect.stringContaining('Unsaved changes will be lost'),
    });
    expect(report.unsavedClose).toBe(true);
    expect(report.unsavedStay).toBe(false);
  });

  it('opens presentation mode: audience full screen on the second display, presenter kept from capture', () => {
    expect(report.presentationRefused).toEqual({
      subFrame: false,
      foreignContents: false,
      badDeckId: false,
      windowsOpened: 0,
    });
    expect(report.presentationOpened).toBe(true);
    const deck = '3f1c2a4e-5b6d-4e7f-8a9b-0c1d2e3f4a5b';
    const windows = report.presentationWindows as Record<string, unknown>[];
    // The stand-in has a laptop (the app's window is on it) and a 1920×1080 projector at x 1440.
    expect(windows).toEqual([
      expect.objectContaining({
        route: `#/briefings/${deck}/present`,
        x: 1440,
        y: 0,
        width: 1920,
        height: 1080,
        fullscreen: true,
        contentProtection: false,
      }),
      expect.objectContaining({
        route: `#/briefings/${deck}/presenter`,
        x: 0,
        y: 25,
        width: 1440,
        height: 875,
        fullscreen: false,
        contentProtection: true,
      }),
    ]);
    for (const window of windows) {
      expect(window).toMatchObject({ sandbox: true, contextIsolation: true, lockedDown: true });
      expect(String(window.preload)).toMatch(/preload[/\\]index\.cjs$/);
    }
    expect(report.presentationReplaced).toEqual([true, true, false, false]);
  });

  it('has a sandboxed preload that requires only electron and forwards only contract channels', () => {
    const preload = join(REPO_ROOT, 'out/preload/index.cjs');
    const output = execFileSync(
      process.execPath,
      [join(REPO_ROOT, 'tests/e2e/fake-electron/drive-preload.cjs'), preload],
      { cwd: REPO_ROOT, encoding: 'utf8' },
    );
    const preloadReport = JSON.parse(output.trim()) as Record<string, unknown>;
    expect(preloadReport.required).toEqual(['electron']);
    expect(preloadReport.exposedKeys).toEqual(['advisorDesk', 'advisorDeskPresentation']);
    expect(preloadReport.apiKeys).toEqual(['invoke']);
    expect(preloadReport.presentationKeys).toEqual(['open']);
    expect(preloadReport.presentationOpen).toEqual({ ok: true, value: 'from main' });
    expect(preloadReport.presentationNotAString).toBe(false);
    expect(preloadReport.known).toEqual({ ok: true, value: 'from main' });
    expect(preloadReport.unknown).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } });
    expect(preloadReport.notAString).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } });
    expect(preloadReport.forwarded).toEqual([
      ['advisordesk:invoke', 'vault.status', {}],
      ['advisordesk:open-presentation', 'deck-id'],
    ]);
  });
});
