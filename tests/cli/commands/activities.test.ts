import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliRunner, writeInput } from './cli-runner';
import { makeTempDataDir, removeTempDataDir } from '../../core/helpers/temp-dir';

const env = { ADVISORDESK_PASSPHRASE: 'activities cli test passphrase' };

describe('activities commands', () => {
  let dir: string;
  let clientId: string;
  const cli = cliRunner(() => dir, env);

  beforeAll(async () => {
    dir = makeTempDataDir();
    expect((await cli('init')).code).toBe(0);
    await cli('clients', 'add', '--name', '王明', '--national-id', 'A123456789');
    const found = JSON.parse((await cli('clients', 'search', '王明', '--json')).out) as {
      items: { id: string }[];
    };
    clientId = found.items[0]!.id;
  });
  afterAll(() => removeTempDataDir(dir));

  it('logs a call in one line and a visit from a file, and lists the timeline newest first', async () => {
    const call = await cli(
      'activities',
      'add',
      '--client',
      clientId,
      '--channel',
      'phone',
      '--subject',
      '確認配息',
      '--date',
      '2026-01-05',
    );
    expect(call.code).toBe(0);
    expect(JSON.parse(call.out)).toMatchObject({
      kind: 'contact',
      channel: 'phone',
      direction: 'out',
      subject: '確認配息',
    });
    const visit = {
      activity: { kind: 'visit', date: '2026-01-10', place: '分行', discussed: '年度檢視', review: true },
      followUps: [{ title: '寄送報告', dueOn: '2026-01-20' }],
    };
    const fromFile = await cli(
      'activities',
      'add',
      '--client',
      clientId,
      '--input',
      writeInput(dir, 'visit.json', visit),
    );
    expect(fromFile.code).toBe(0);

    const list = await cli('activities', 'list', '--client', clientId);
    const lines = list.out.trim().split('\n');
    expect(lines[0]).toMatch(/^2026-01-10\t拜訪紀錄\t年度檢視\t/);
    expect(lines[1]).toMatch(/^2026-01-05\t聯繫紀錄\t電話聯繫・主動聯繫客戶：確認配息\t/);
    expect(lines[2]).toMatch(/^2026-01-20\t待辦\t寄送報告\t/);
  });

  it('refuses an empty subject and a record dated in the future, in zh-TW naming the field', async () => {
    const blank = await cli('activities', 'add', '--client', clientId, '--channel', 'sms', '--subject', ' ');
    expect(blank.code).not.toBe(0);
    expect(blank.err).toContain('此欄位為必填');
    const future = await cli(
      'activities',
      'add',
      '--client',
      clientId,
      '--channel',
      'sms',
      '--subject',
      'x',
      '--date',
      '2999-01-01',
    );
    expect(future.code).not.toBe(0);
    expect(future.err).toContain('紀錄的日期不可晚於今天');
    const neither = await cli('activities', 'add', '--client', clientId);
    expect(neither.err).toContain('--input');
  });
});
