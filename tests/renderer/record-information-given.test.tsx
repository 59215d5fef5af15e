// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { RecordInformationGivenDialog } from '../../renderer/src/features/information-records/RecordInformationGivenDialog';
import { SettingsProvider } from '../../renderer/src/app/settings';
import { today } from '../../shared/kernel/dates';
import { DEFAULT_SETTINGS } from '../../shared/features/settings';
import { appCore, CLIENT, click, mount, ok, settle, typeInto } from './harness';

let view: ReturnType<typeof mount>;
beforeEach(() => window.localStorage.clear());
afterEach(() => view.unmount());

const MATERIAL = { kind: 'deck' as const, refId: 'deck-7', title: '十二月市場週報' };

describe('the record-information-given dialog the briefing and product screens open', () => {
  it("sends the prefilled material, the dossier's client, the method and today", async () => {
    let closed = 0;
    const core = appCore({
      'information.add': (input: { data: object }) => ok({ id: 'r1', ...input.data }),
    });
    view = mount(core.api);
    await view.render(
      <SettingsProvider>
        <RecordInformationGivenDialog
          open
          onClose={() => (closed += 1)}
          material={MATERIAL}
          clients={[{ id: CLIENT.id, name: CLIENT.name }]}
          method="meeting"
        />
      </SettingsProvider>,
    );
    expect(view.text()).toContain('登錄提供資訊紀錄');
    expect(view.text()).toContain(CLIENT.name);
    await click(view.byTestId('info-given-save'));
    await settle();
    const call = core.calls.find((c) => c.channel === 'information.add');
    expect(call?.input).toEqual({
      data: {
        material: MATERIAL,
        clientIds: [CLIENT.id],
        givenOn: today(DEFAULT_SETTINGS.timeZone),
        method: 'meeting',
        note: null,
      },
    });
    expect(closed).toBe(1);
  });

  it("shows the core's refusal of the material's title at the title field", async () => {
    const core = appCore({
      'information.add': () => ({
        ok: false,
        error: {
          code: 'VALIDATION',
          message: 'invalid',
          details: { issues: [{ path: ['data', 'material', 'title'], message: 'validation.tooLong' }] },
        },
      }),
    });
    view = mount(core.api);
    await view.render(
      <SettingsProvider>
        <RecordInformationGivenDialog
          open
          onClose={() => undefined}
          clients={[{ id: CLIENT.id, name: CLIENT.name }]}
        />
      </SettingsProvider>,
    );
    await typeInto(view.byTestId('info-given-title')!, '自編講義');
    await click(view.byTestId('info-given-save'));
    await settle();
    expect(core.channels()).toContain('information.add');
    const titleItem = view.byTestId('info-given-title')!.closest('.ant-form-item')!;
    expect(titleItem.textContent).toContain('內容過長');
  });
});
