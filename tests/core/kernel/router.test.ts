import { describe, expect, it } from 'vitest';
import { CHANNELS, contract } from '../../../shared/ipc/contract';
import { AppError } from '../../../shared/ipc/result';
import { createRouter, type Handlers } from '../../../electron/core/kernel/router';

/** Handlers that record calls; any call on invalid input is a failure of the router. */
function recordingHandlers(calls: string[], value: unknown = {}): Handlers {
  return new Proxy({} as Handlers, {
    get: (_target, channel: string) => () => {
      calls.push(channel);
      return value;
    },
  });
}

const inline = { unitOfWork: <T>(work: () => T): T => work(), audit: () => {} };
const unlocked = { ...inline, isUnlocked: () => true, checkOutputs: true };

describe('core router', () => {
  it.each(CHANNELS)(
    '%s refuses input that breaks its schema, without calling the handler',
    async (channel) => {
      const calls: string[] = [];
      const router = createRouter(recordingHandlers(calls), unlocked);
      for (const bad of [42, 'text', [], { unexpectedField: true }]) {
        const result = await router.invoke(channel, bad);
        expect(result.ok, `${channel} accepted ${JSON.stringify(bad)}`).toBe(false);
        if (!result.ok) expect(result.error.code).toBe('VALIDATION');
      }
      expect(calls).toEqual([]);
    },
  );

  it('names the bad field with a message key', async () => {
    const router = createRouter(recordingHandlers([]), unlocked);
    const result = await router.invoke('clients.create', {
      data: { name: '', nationalId: 'A123456788' },
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const issues = (result.error.details as { issues: { path: unknown[]; message: string }[] }).issues;
    expect(issues).toContainEqual({
      path: ['data', 'nationalId'],
      message: 'validation.nationalId.checksum',
    });
    expect(issues).toContainEqual({ path: ['data', 'name'], message: 'validation.required' });
  });

  it('answers UNKNOWN_CHANNEL for names outside the contract, including prototype keys', async () => {
    const router = createRouter(recordingHandlers([]), unlocked);
    for (const name of ['clients.drop', 'toString', '__proto__', 7, null]) {
      const result = await router.invoke(name, {});
      expect(result).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } });
    }
  });

  it('answers LOCKED for every channel that needs the vault while it is locked', async () => {
    const calls: string[] = [];
    const router = createRouter(recordingHandlers(calls), {
      ...inline,
      isUnlocked: () => false,
      checkOutputs: true,
    });
    const guarded = CHANNELS.filter((c) => contract[c].needsUnlock);
    expect(guarded.length).toBeGreaterThan(8);
    for (const channel of guarded) {
      expect(await router.invoke(channel, {})).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
    }
    expect(calls).toEqual([]);
  });

  it('turns an AppError into its code and a thrown error into INTERNAL without its message', async () => {
    const errors: string[] = [];
    const throwing = new Proxy({} as Handlers, {
      get: (_t, channel: string) => () => {
        if (channel === 'clients.get') throw new AppError('NOT_FOUND', 'no client with that id');
        throw new Error('secret detail 王小明');
      },
    });
    const router = createRouter(throwing, { ...unlocked, onInternalError: (c) => errors.push(c) });
    const id = '3b241101-e2bb-4255-8caf-4136c566a962';
    expect(await router.invoke('clients.get', { id })).toEqual({
      ok: false,
      error: { code: 'NOT_FOUND', message: 'no client with that id' },
    });
    const internal = await router.invoke('app.info', {});
    expect(internal).toEqual({ ok: false, error: { code: 'INTERNAL', message: 'unexpected error' } });
    expect(JSON.stringify(internal)).not.toContain('王小明');
    expect(errors).toEqual(['app.info']);
  });

  it('catches a handler whose output breaks the contract when output checks are on', async () => {
    const router = createRouter(recordingHandlers([], { version: 1 }), unlocked);
    expect(await router.invoke('app.info', {})).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    const lenient = createRouter(recordingHandlers([], { version: 1 }), { ...unlocked, checkOutputs: false });
    expect(await lenient.invoke('app.info', {})).toEqual({ ok: true, value: { version: 1 } });
  });

  it('applies schema defaults before the handler sees the input', async () => {
    let seen: unknown;
    const handlers = new Proxy({} as Handlers, {
      get: () => (input: unknown) => {
        seen = input;
        return { total: 0, items: [] };
      },
    });
    const router = createRouter(handlers, unlocked);
    expect(await router.invoke('clients.list', { text: '王明' })).toEqual({
      ok: true,
      value: { total: 0, items: [] },
    });
    expect(seen).toEqual({ text: '王明', sort: 'updatedAt', offset: 0, limit: 100 });
  });

  it('writes the declared audit entry inside the same unit of work as the change', async () => {
    const log: string[] = [];
    const router = createRouter(
      new Proxy({} as Handlers, {
        get: () => () => {
          log.push('handler');
          return { csv: 'x', count: 3 };
        },
      }),
      {
        isUnlocked: () => true,
        checkOutputs: true,
        unitOfWork: (work) => {
          log.push('begin');
          const value = work();
          log.push('commit');
          return value;
        },
        audit: (entry) => log.push(`audit ${entry.action} ${entry.entity} ${entry.detail}`),
      },
    );
    expect(await router.invoke('clients.exportCsv', { includeNationalId: true })).toMatchObject({ ok: true });
    expect(log).toEqual([
      'begin',
      'handler',
      'audit client.export client 3 rows, full national IDs',
      'commit',
    ]);
  });

  it('writes no audit entry when the handler fails, and rolls the unit of work back', async () => {
    const audits: string[] = [];
    let rolledBack = false;
    const router = createRouter(
      new Proxy({} as Handlers, {
        get: () => () => {
          throw new AppError('NOT_FOUND', 'no client with that id');
        },
      }),
      {
        isUnlocked: () => true,
        checkOutputs: true,
        unitOfWork: (work) => {
          try {
            return work();
          } catch (error) {
            rolledBack = true;
            throw error;
          }
        },
        audit: (entry) => audits.push(entry.action),
      },
    );
    const id = '3b241101-e2bb-4255-8caf-4136c566a962';
    expect(await router.invoke('clients.revealNationalId', { id })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    expect(rolledBack).toBe(true);
    expect(audits).toEqual([]);
  });

  it('records an async handler (PDF) after it resolves, in a unit of work of its own', async () => {
    const log: string[] = [];
    const router = createRouter(
      new Proxy({} as Handlers, {
        get: () => async () => {
          log.push('render');
          return { fileName: 'a.pdf', pdfBase64: '' };
        },
      }),
      {
        isUnlocked: () => true,
        checkOutputs: true,
        unitOfWork: (work) => {
          log.push('begin');
          return work();
        },
        audit: (entry) => log.push(`audit ${entry.action} ${entry.entityId}`),
      },
    );
    const id = '3b241101-e2bb-4255-8caf-4136c566a962';
    expect(await router.invoke('clients.dossierPdf', { id })).toMatchObject({ ok: true });
    expect(log).toEqual(['begin', 'render', 'begin', `audit client.print ${id}`]);
  });
});

describe('a handler that awaits before it writes (WriteAfter)', () => {
  it('awaits outside any transaction, then writes and audits in one unit of work; a failed write audits nothing', async () => {
    const { WriteAfter } = await import('../../../electron/core/kernel/handlers');
    const log: string[] = [];
    let inTransaction = false;
    let fail = false;
    const handlers = new Proxy({} as Handlers, {
      get: () => () =>
        new WriteAfter(
          Promise.resolve().then(() => {
            log.push(`read in transaction: ${inTransaction}`);
            return () => {
              log.push(`write in transaction: ${inTransaction}`);
              if (fail) throw new AppError('IMPORT_INVALID', 'bad row');
              return { imported: 3 };
            };
          }),
        ),
    });
    const router = createRouter(handlers, {
      isUnlocked: () => true,
      checkOutputs: true,
      unitOfWork: <T>(work: () => T): T => {
        inTransaction = true;
        try {
          return work();
        } finally {
          inTransaction = false;
        }
      },
      audit: (entry) => log.push(`audit ${entry.action} ${entry.detail} in transaction: ${inTransaction}`),
    });
    const input = { xlsxBase64: 'AAAA' };
    expect(await router.invoke('products.importXlsx', input)).toEqual({ ok: true, value: { imported: 3 } });
    expect(log).toEqual([
      'read in transaction: false',
      'write in transaction: true',
      'audit product.import_xlsx 3 rows, xlsx in transaction: true',
    ]);
    log.length = 0;
    fail = true;
    expect(await router.invoke('products.importXlsx', input)).toMatchObject({
      ok: false,
      error: { code: 'IMPORT_INVALID' },
    });
    expect(log).toEqual(['read in transaction: false', 'write in transaction: true']);
  });
});
