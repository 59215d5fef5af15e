// @vitest-environment happy-dom
import { act } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { NEW_CLIENT_VALUES, parseClientForm } from '../../renderer/src/features/clients/clientFormModel';
import { mountClientForm, settle } from './harness';

const values = { ...NEW_CLIENT_VALUES, name: '林小華' };

describe('a prospect without a national ID', () => {
  it('parses a prospect with a blank ID as none, and refuses a blank ID for anyone else', () => {
    const prospect = parseClientForm({ ...values, nationalId: '  ' }, 'create');
    expect(prospect.ok && prospect.data.nationalId).toBeNull();
    expect(parseClientForm({ ...values, status: 'active', nationalId: '' }, 'create')).toEqual({
      ok: false,
      issues: [{ path: ['nationalId'], message: 'validation.nationalId.required' }],
    });
    const active = parseClientForm({ ...values, status: 'active', nationalId: 'A123456789' }, 'create');
    expect(active.ok && active.data.nationalId).toBe('A123456789');
    // Editing: blank still means "unchanged".
    expect(parseClientForm({ ...values, status: 'active', nationalId: '' }, 'edit').ok).toBe(true);
  });

  let view: Awaited<ReturnType<typeof mountClientForm>> | undefined;
  afterEach(() => view?.unmount());

  it('tells the user on the form that a prospect may leave it blank, and saves one', async () => {
    view = await mountClientForm(values);
    expect(view.text()).toContain('開發對象可暫不填');
    await act(async () => view!.byTestId('save-client')!.click());
    await settle();
    await settle();
    expect(view.saved.map((s) => s.data.nationalId)).toEqual([null]);
  });
});
