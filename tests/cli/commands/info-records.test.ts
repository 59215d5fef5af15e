import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliRunner, writeInput } from './cli-runner';
import { makeTempDataDir, removeTempDataDir } from '../../core/helpers/temp-dir';

const env = { ADVISORDESK_PASSPHRASE: 'info records cli test passphrase' };

describe('info-given and regulatory commands', () => {
  let dir: string;
  const ids: string[] = [];
  const cli = cliRunner(() => dir, env);

  beforeAll(async () => {
    dir = makeTempDataDir();
    expect((await cli('init')).code).toBe(0);
    await cli('clients', 'add', '--name', '王明', '--national-id', 'A123456789', '--phone', '0912-345-678');
    await cli('clients', 'add', '--name', '李華', '--national-id', 'B123456780', '--phone', '0912-000-111');
    const found = JSON.parse((await cli('clients', 'search', '', '--json')).out) as {
      items: { id: string }[];
    };
    ids.push(...found.items.map((c) => c.id));
  });
  afterAll(() => removeTempDataDir(dir));

  it('adds a record for two clients, lists it, and writes the report as CSV (never over a file)', async () => {
    const add = await cli(
      'info-given',
      'add',
      '--client',
      ids[0]!,
      '--client',
      ids[1]!,
      '--title',
      '十二月市場週報',
      '--kind',
      'deck',
      '--method',
      'line',
      '--date',
      '2024-03-05',
    );
    expect(add.err).toBe('');
    expect(JSON.parse(add.out)).toMatchObject({ method: 'line', recipients: [{}, {}] });
    const listed = JSON.parse((await cli('info-given', 'list', '--client', ids[1]!)).out) as unknown[];
    expect(listed).toHaveLength(1);

    const out = join(dir, 'report.csv');
    const report = await cli(
      'info-given',
      'report',
      '--from',
      '2024-03-01',
      '--to',
      '2024-03-31',
      '--by',
      'client',
      '--out',
      out,
    );
    expect(report.code).toBe(0);
    const csv = readFileSync(out, 'utf8');
    expect(csv).toContain('LINE 訊息');
    expect(csv.trim().split(/\r?\n/)).toHaveLength(3);
    const again = await cli(
      'info-given',
      'report',
      '--from',
      '2024-03-01',
      '--to',
      '2024-03-31',
      '--out',
      out,
    );
    expect(again.code).not.toBe(0);
  });

  it('refuses a method it does not know, naming the field in both languages', async () => {
    const bad = await cli('info-given', 'add', '--client', ids[0]!, '--title', 'x', '--method', 'fax');
    expect(bad.code).not.toBe(0);
    expect(bad.err).toContain('data.method: 內容無效 / Invalid value');
  });

  it('adds an update with its file, lists it unread, and acknowledges it', async () => {
    const file = writeInput(dir, '函令.pdf', '%PDF-1.4 text');
    const add = await cli(
      'regulatory',
      'add',
      '--title',
      '高齡客戶規範',
      '--issuer',
      'fsc',
      '--issued',
      '2024-03-01',
      '--effective',
      '2024-04-01',
      '--file',
      file,
    );
    expect(add.err).toBe('');
    const entry = JSON.parse(add.out) as { id: string; attachment: { fileName: string } };
    expect(entry.attachment.fileName).toBe('函令.pdf');
    expect(JSON.parse((await cli('regulatory', 'list', '--unread')).out)).toHaveLength(1);
    const ack = JSON.parse((await cli('regulatory', 'ack', entry.id)).out) as { readAt: string | null };
    expect(ack.readAt).not.toBeNull();
    expect(JSON.parse((await cli('regulatory', 'list', '--unread')).out)).toEqual([]);
  });
});
