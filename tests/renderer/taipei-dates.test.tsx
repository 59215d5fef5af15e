// @vitest-environment happy-dom
import { act, type ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ApiContext } from '../../renderer/src/app/api-context';
import { LanguageProvider } from '../../renderer/src/app/language';
import { SettingsProvider } from '../../renderer/src/app/settings';
import { DossierDetails } from '../../renderer/src/features/clients/DossierDetails';
import { AuditLogPage } from '../../renderer/src/features/compliance/AuditLogPage';
import { createApi } from '../../renderer/src/lib/api';
import { DEFAULT_SETTINGS, type Settings } from '../../shared/features/settings';
import type { Result } from '../../shared/ipc/result';
import { sampleClient } from '../core/documents/fixtures';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

// 00:30 and 07:59 in Taipei on 30 November are still 29 November in UTC (the test process's zone).
const AFTER_MIDNIGHT = '2026-11-29T16:30:00.000Z';
const BEFORE_EIGHT = '2026-11-29T23:59:07.000Z';

describe('screens date a time by its calendar day in the user time zone', () => {
  let container: HTMLDivElement;
  let root: Root;

  beforeEach(() => {
    window.localStorage.clear();
    container = document.createElement('div');
    document.body.append(container);
    root = createRoot(container);
  });
  afterEach(() => {
    act(() => root.unmount());
    container.remove();
  });

  async function show(settings: Settings, element: ReactNode) {
    const api = createApi(async (channel): Promise<Result<unknown>> => {
      if (channel === 'settings.get') return { ok: true, value: settings };
      if (channel === 'audit.list') {
        return {
          ok: true,
          value: {
            total: 1,
            items: [
              {
                id: 1,
                at: BEFORE_EIGHT,
                action: 'client.update',
                entity: 'client',
                entityId: 'x',
                detail: null,
              },
            ],
          },
        };
      }
      return { ok: false, error: { code: 'INTERNAL', message: 'not in this test' } };
    });
    await act(async () => {
      root.render(
        <LanguageProvider>
          <ApiContext.Provider value={api}>
            <SettingsProvider>{element}</SettingsProvider>
          </ApiContext.Provider>
        </LanguageProvider>,
      );
    });
    for (let i = 0; i < 3; i += 1) {
      await act(async () => {
        await new Promise((resolve) => setTimeout(resolve, 0));
      });
    }
  }

  const client = sampleClient({ createdAt: BEFORE_EIGHT, updatedAt: AFTER_MIDNIGHT });

  it('dossier: 建立 and 更新 on 30 November, in ISO', async () => {
    await show(DEFAULT_SETTINGS, <DossierDetails client={client} />);
    expect(container.textContent).toContain('2026-11-30 00:30');
    expect(container.textContent).toContain('2026-11-30 07:59');
    expect(container.textContent).not.toContain('2026-11-29');
  });

  it('dossier: the long ROC form when the setting says ROC', async () => {
    await show({ ...DEFAULT_SETTINGS, dateFormat: 'roc' }, <DossierDetails client={client} />);
    expect(container.textContent).toContain('民國 115 年 11 月 30 日 00:30');
  });

  it('audit log: the compact ROC form with seconds', async () => {
    await show({ ...DEFAULT_SETTINGS, dateFormat: 'roc' }, <AuditLogPage />);
    expect(container.textContent).toContain('115/11/30 07:59:07');
  });

  it('audit log: another time zone moves the day with it', async () => {
    await show({ ...DEFAULT_SETTINGS, timeZone: 'UTC' }, <AuditLogPage />);
    expect(container.textContent).toContain('2026-11-29 23:59:07');
  });
});
