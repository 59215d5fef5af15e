import type { Handlers } from '../kernel/router';
import type { AuditAction } from '../../../shared/features/audit';
import type { ClientsService } from '../features/clients';
import type { CoreRepositories } from '../services/repositories';
import type { VaultSession } from '../vault/session';
import type { PdfRenderer } from '../documents/dossier-pdf';
import { today } from '../../../shared/kernel/dates';

export interface HandlerDeps {
  session: VaultSession;
  /** The repositories of the open database (LOCKED when there is none). */
  repos: () => CoreRepositories;
  clients: ClientsService;
  pdf: PdfRenderer;
  now: () => number;
  version: string;
  schemaVersion: number;
}

/** What each channel of the contract does, in terms of the session and the services. */
export function createHandlers({
  session,
  repos,
  clients,
  pdf,
  now,
  version,
  schemaVersion,
}: HandlerDeps): Handlers {
  const nowIso = () => new Date(now()).toISOString();
  const audit = (action: AuditAction, entity: string, entityId: string | null, detail: string | null) =>
    repos().audit.append({ action, entity, entityId, detail, at: nowIso() });
  const afterUnlock = () => session.setAutoLockMinutes(repos().settings.get().autoLockMinutes);

  return {
    'app.info': () => ({ version, schemaVersion }),
    'vault.status': () => ({
      state: session.state(),
      retryAfter: session.retryAfter()?.toISOString() ?? null,
      autoLockMinutes: session.autoLockMinutes(),
      deviceUnlockAvailable: session.deviceUnlockAvailable(),
      deviceRemembered: session.deviceRemembered(),
    }),
    'vault.setup': async ({ passphrase }) => {
      const recoveryCode = await session.setup(passphrase);
      afterUnlock();
      audit('vault.setup', 'vault', null, null);
      return { recoveryCode };
    },
    'vault.unlock': async ({ passphrase, remember }) => {
      await session.unlock(passphrase, remember);
      afterUnlock();
      return {};
    },
    'vault.unlockWithDevice': () => {
      session.unlockWithDevice();
      afterUnlock();
      return {};
    },
    'vault.forgetDevice': () => {
      session.forgetDevice();
      return {};
    },
    'vault.recover': async ({ recoveryCode, newPassphrase }) => {
      await session.recover(recoveryCode, newPassphrase);
      afterUnlock();
      audit('vault.recover', 'vault', null, null);
      return {};
    },
    'vault.changePassphrase': async ({ currentPassphrase, newPassphrase }) => {
      await session.changePassphrase(currentPassphrase, newPassphrase);
      audit('vault.change_passphrase', 'vault', null, null);
      return {};
    },
    'vault.lock': () => {
      session.lock();
      return {};
    },
    'vault.touch': () => ({}),
    'clients.list': (query) => clients.list(query),
    'clients.get': ({ id }) => clients.get(id),
    'clients.create': ({ data }) => clients.create(data),
    'clients.update': ({ id, version: expected, data }) => clients.update(id, expected, data),
    'clients.revealNationalId': ({ id }) => ({ nationalId: clients.revealNationalId(id) }),
    'clients.importCsv': ({ csv }) => ({ imported: clients.importCsv(csv) }),
    'clients.exportCsv': ({ includeNationalId }) => clients.exportCsv(includeNationalId),
    'clients.dossierPdf': async ({ id }) => {
      const client = clients.get(id);
      const generatedAt = new Date(now());
      const settings = repos().settings.get();
      const bytes = await pdf.renderClientDossier({ client, settings, generatedAt });
      audit('client.print', 'client', id, 'dossier pdf');
      const day = today(settings.timeZone, generatedAt);
      return { fileName: `client-dossier-${id.slice(0, 8)}-${day}.pdf`, pdfBase64: bytes.toString('base64') };
    },
    'settings.get': () => repos().settings.get(),
    'settings.update': (patch) => {
      const settings = repos().settings.update(patch);
      session.setAutoLockMinutes(settings.autoLockMinutes);
      audit('settings.update', 'settings', null, Object.keys(patch).sort().join(','));
      return settings;
    },
    'audit.list': ({ offset, limit }) => repos().audit.list(offset, limit),
  };
}
