import { describe, expect, it } from 'vitest';
import { CHANNEL_NAMES } from '../../../shared/ipc/channel-names';
import { AUDIT_ACTION_WORDS, auditActionWords, CHANNELS, contract } from '../../../shared/ipc/contract';
import { AUDIT_ENTITIES } from '../../../shared/ipc/define';
import { VAULT_EVENTS } from '../../../shared/features/vault';
import { BACKUP_EVENTS } from '../../../shared/features/backup';

describe('the merged contract', () => {
  it('has each channel once, named feature.verb, matching the bare names list', () => {
    expect(new Set(CHANNEL_NAMES).size).toBe(CHANNEL_NAMES.length);
    expect(Object.keys(contract).sort()).toEqual([...CHANNEL_NAMES].sort());
    for (const name of CHANNELS) expect(name).toMatch(/^[a-z]+\.[a-zA-Z]+$/);
  });

  it('declares every audit action once, with an entity from the closed list and words in both languages', () => {
    const declared = [
      ...Object.values(contract).flatMap((spec) => (spec.audit ? [spec.audit] : [])),
      ...Object.values(VAULT_EVENTS),
      ...Object.values(BACKUP_EVENTS),
    ];
    expect(new Set(declared.map((a) => a.action)).size).toBe(declared.length);
    for (const audit of declared) {
      expect(AUDIT_ENTITIES).toContain(audit.entity);
      expect(audit.action).toMatch(/^[a-z]+\.[a-z_]+$/);
      expect(audit.words['zh-TW']).toMatch(/[\u4e00-\u9fff]/);
      expect(audit.words.en).toMatch(/^[A-Z]/);
    }
    expect(Object.keys(AUDIT_ACTION_WORDS)).toHaveLength(declared.length);
  });

  it('audits every channel that writes or discloses client data', () => {
    const audited = CHANNELS.filter((c) => contract[c].audit !== null);
    for (const channel of [
      'clients.create',
      'clients.update',
      'clients.revealNationalId',
      'clients.importCsv',
      'clients.exportCsv',
      'clients.dossierPdf',
      'settings.update',
      'audit.exportCsv',
      'demo.seed',
      'demo.purge',
    ] as const)
      expect(audited).toContain(channel);
  });

  it('shows an action in words, and a retired name as it is', () => {
    expect(auditActionWords('client.print', 'zh-TW')).toBe('列印客戶資料卡');
    expect(auditActionWords('client.print', 'en')).toBe('Printed a client dossier');
    expect(auditActionWords('client.retired_action', 'zh-TW')).toBe('client.retired_action');
  });
});
