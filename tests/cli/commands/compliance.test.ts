import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliRunner } from './cli-runner';
import { makeTempDataDir, removeTempDataDir } from '../../core/helpers/temp-dir';

const env = { ADVISORDESK_PASSPHRASE: 'compliance cli test passphrase' };

describe('complaints, data-requests and compliance commands', () => {
  let dir: string;
  let clientId: string;
  const cli = cliRunner(() => dir, env);

  beforeAll(async () => {
    dir = makeTempDataDir();
    expect((await cli('init')).code).toBe(0);
    await cli('clients', 'add', '--name', '王明', '--national-id', 'A123456789', '--phone', '0912-345-678');
    await cli(
      'clients',
      'add',
      '--name',
      '李華',
      '--national-id',
      'B123456780',
      '--phone',
      '+886 912 345 678',
    );
    const found = JSON.parse((await cli('clients', 'search', '王明', '--json')).out) as {
      items: { id: string }[];
    };
    clientId = found.items[0]!.id;
  });
  afterAll(() => removeTempDataDir(dir));

  it('adds, lists and replies to a complaint with its month-end deadline', async () => {
    const add = await cli(
      'complaints',
      'add',
      '--client',
      clientId,
      '--subject',
      '手續費收取爭議',
      '--via',
      'letter',
      '--received',
      '2024-01-31',
    );
    expect(add.err).toBe('');
    const complaint = JSON.parse(add.out) as { id: string; replyDueOn: string; ombudsmanUntil: string };
    expect([complaint.replyDueOn, complaint.ombudsmanUntil]).toEqual(['2024-03-01', '2024-04-30']);

    const reply = await cli(
      'complaints',
      'reply',
      complaint.id,
      '--reply',
      '已退還手續費',
      '--date',
      '2024-02-20',
    );
    expect(reply.code).toBe(0);
    expect(JSON.parse(reply.out)).toMatchObject({ state: 'replied', ombudsmanUntil: '2024-04-20' });
    const open = JSON.parse((await cli('complaints', 'list', '--state', 'open')).out) as unknown[];
    expect(open).toEqual([]);

    const badVia = await cli('complaints', 'add', '--client', clientId, '--subject', 'x', '--via', 'fax');
    expect(badVia.code).not.toBe(0);
    expect(badVia.err).toContain('--via');
  });

  it('logs a copy request and writes the package folder: a PDF, one JSON and CSVs', async () => {
    const add = await cli(
      'data-requests',
      'add',
      '--client',
      clientId,
      '--kind',
      'copy',
      '--checked-by',
      '林專員',
      '--method',
      'id_card',
      '--received',
      '2026-01-31',
    );
    const request = JSON.parse(add.out) as { id: string; dueOn: string };
    expect(request.dueOn).toBe('2026-02-15');
    const copy = await cli('data-requests', 'copy', request.id, '--out', dir);
    expect(copy.err).toBe('');
    const folder = join(dir, '個資複製本_2026-01-31');
    expect(readdirSync(folder).sort()).toEqual(
      [
        '個人資料.json',
        '個人資料.pdf',
        '個資請求紀錄.csv',
        '基本資料.csv',
        '客訴紀錄.csv',
        '客戶回饋.csv',
        '異常通報.csv',
        '開發階段.csv',
        '理財目標.csv',
        '風險屬性評估.csv',
        '投資人類別.csv',
        '持有部位.csv',
        '適合度檢核.csv',
        '適合度例外核准.csv',
        '投資建議書.csv',
        '客戶分級.csv',
        '客戶專屬簡報.csv',
        '客戶活動紀錄.csv',
        '待辦追蹤.csv',
        '提供資訊紀錄.csv',
        '經營報表資產紀錄.csv',
      ].sort(),
    );
    expect(readFileSync(join(folder, '個人資料.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
    expect(readFileSync(join(folder, '客訴紀錄.csv'), 'utf8')).toContain('手續費收取爭議');
    expect(readFileSync(join(folder, '基本資料.csv'), 'utf8')).toContain('身分證字號,A12****789');
    // A second copy never writes over the first.
    const again = await cli('data-requests', 'copy', request.id, '--out', dir);
    expect(again.code).not.toBe(0);
    expect(existsSync(folder)).toBe(true);
    // The full national ID only when asked for (the export's audit entry says so).
    const revealed = join(dir, 'revealed');
    mkdirSync(revealed);
    const full = await cli('data-requests', 'copy', request.id, '--out', revealed, '--full-national-id');
    expect(full.err).toBe('');
    const fullCsv = readFileSync(join(revealed, '個資複製本_2026-01-31', '基本資料.csv'), 'utf8');
    expect(fullCsv).toContain('身分證字號,A123456789');

    const close = await cli(
      'data-requests',
      'close',
      request.id,
      '--outcome',
      '已交付複製本',
      '--date',
      '2026-02-10',
    );
    expect(JSON.parse(close.out)).toMatchObject({ state: 'done', overdue: false });
    expect(JSON.parse((await cli('data-requests', 'list', '--open')).out)).toEqual([]);
  });

  it('asks for --yes before deleting', async () => {
    const del = await cli('data-requests', 'delete', clientId, '--reason', '客戶請求');
    expect(del.code).not.toBe(0);
    expect(del.err).toContain('--yes');
  });

  it('extends a request once, naming the reason; a second extension is refused', async () => {
    const add = await cli(
      'data-requests',
      'add',
      '--client',
      clientId,
      '--kind',
      'correct',
      '--checked-by',
      '林專員',
      '--method',
      'id_card',
      '--received',
      '2026-11-25',
    );
    const request = JSON.parse(add.out) as { id: string; dueOn: string };
    expect(request.dueOn).toBe('2026-12-25');
    const args = ['data-requests', 'extend', request.id, '--reason', '需調閱舊檔', '--date', '2026-11-26'];
    const extend = await cli(...args);
    expect(JSON.parse(extend.out)).toMatchObject({
      dueOn: '2027-01-24',
      extension: { previousDueOn: '2026-12-25', reason: '需調閱舊檔' },
    });
    const again = await cli(...args);
    expect(again.code).not.toBe(0);
  });

  it('lists the two clients sharing a phone, reviews the flag, and shows the dashboard', async () => {
    const flags = JSON.parse((await cli('compliance', 'flags')).out) as { key: string; field: string }[];
    expect(flags.map((f) => f.field)).toEqual(['phone']);
    const review = await cli('compliance', 'review-flag', flags[0]!.key, '--note', '兄弟，同住');
    expect(review.code).toBe(0);
    expect(JSON.parse((await cli('compliance', 'flags')).out)).toEqual([]);
    expect(JSON.parse((await cli('compliance', 'flags', '--all')).out)).toHaveLength(1);
    const cards = JSON.parse((await cli('compliance', 'dashboard')).out) as { key: string }[];
    expect(cards.map((c) => c.key)).toContain('complaintsOpen');
  });
});
