import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliRunner, writeInput } from './cli-runner';
import { DEFAULT_QUESTIONNAIRE } from '../../../shared/features/kyc';
import { makeTempDataDir, removeTempDataDir } from '../../core/helpers/temp-dir';
import { firmVersion2, modest } from '../../shared/features/kyc/fixtures';

const env = { ADVISORDESK_PASSPHRASE: 'kyc cli test passphrase' };

describe('kyc commands', () => {
  let dir: string;
  let clientId: string;
  const cli = cliRunner(() => dir, env);
  const file = (name: string, content: unknown) => writeInput(dir, name, content);

  beforeAll(async () => {
    dir = makeTempDataDir();
    expect((await cli('init')).code).toBe(0);
    await cli(
      'clients',
      'add',
      '--name',
      '王明',
      '--national-id',
      'A123456789',
      '--birth-date',
      '1980-01-01',
    );
    const found = JSON.parse((await cli('clients', 'search', '王明', '--json')).out) as {
      items: { id: string }[];
    };
    clientId = found.items[0]!.id;
  });
  afterAll(() => removeTempDataDir(dir));

  it('takes the questionnaire from a JSON answers file and shows the profile as JSON', async () => {
    const take = await cli(
      'kyc',
      'take',
      '--client',
      clientId,
      '--answers',
      file('a.json', { answers: modest(DEFAULT_QUESTIONNAIRE) }),
    );
    expect(take.err).toBe('');
    expect(take.code).toBe(0);
    expect(JSON.parse(take.out)).toMatchObject({ clientId, grade: { scale: 'five', level: 2 } });
    const show = await cli('kyc', 'show', '--client', clientId);
    const shown = JSON.parse(show.out) as {
      state: string;
      history: unknown[];
      profile: { grade: { level: number } };
    };
    expect(shown.state).toBe('unconfirmed');
    expect(shown.profile.grade.level).toBe(2);
    expect(shown.history).toHaveLength(1);
  });

  it("records the client's confirmation of the latest assessment, then shows it current", async () => {
    const bad = await cli('kyc', 'confirm', '--client', clientId, '--method', 'fax');
    expect(bad.code).not.toBe(0);
    expect(bad.err).toContain('fax');
    // Before the assessment was taken: refused.
    const early = await cli('kyc', 'confirm', '--client', clientId, '--method', 'seal', '--on', '2020-01-02');
    expect(early.code).not.toBe(0);
    // No --on: today in the firm's time zone.
    const confirm = await cli('kyc', 'confirm', '--client', clientId, '--method', 'seal');
    expect(confirm.err).toBe('');
    expect(confirm.code).toBe(0);
    const shown = JSON.parse((await cli('kyc', 'show', '--client', clientId)).out) as { state: string };
    expect(shown.state).toBe('current');
  });

  it('refuses to confirm for a client with no assessment, in zh-TW', async () => {
    await cli('clients', 'add', '--name', '陳新', '--national-id', 'B123456780');
    const found = JSON.parse((await cli('clients', 'search', '陳新', '--json')).out) as {
      items: { id: string }[];
    };
    const confirm = await cli('kyc', 'confirm', '--client', found.items[0]!.id, '--method', 'signature');
    expect(confirm.code).not.toBe(0);
    expect(confirm.err).toContain('尚無風險屬性評估');
  });

  it('names the unanswered question in zh-TW and exits non-zero', async () => {
    const { q_horizon: _, ...partial } = modest(DEFAULT_QUESTIONNAIRE);
    const take = await cli(
      'kyc',
      'take',
      '--client',
      clientId,
      '--answers',
      file('b.json', { answers: partial }),
    );
    expect(take.code).toBe(1);
    expect(take.err.trim().split('\n')).toHaveLength(1);
    expect(take.err).toContain('第 5 題（q_horizon）：尚未作答');
  });

  it('refuses a file that is not JSON or has no answers, and an unknown client', async () => {
    const notJson = await cli('kyc', 'take', '--client', clientId, '--answers', file('c.json', '{ nope'));
    expect(notJson.code).toBe(1);
    expect(notJson.err).toContain('不是有效的 JSON 檔案');
    const noAnswers = await cli(
      'kyc',
      'take',
      '--client',
      clientId,
      '--answers',
      file('d.json', { q_age: 'x' }),
    );
    expect(noAnswers.err).toContain('須含 "answers" 物件');
    const unknown = await cli('kyc', 'show', '--client', '0f8e3c1a-1111-4222-8333-444455556666');
    expect(unknown.code).toBe(1);
    expect(unknown.err).toContain('NOT_FOUND');
  });

  it('imports a questionnaire version, and refuses a bad one naming the question', async () => {
    const bad = firmVersion2();
    bad.questions[0]!.options[1]!.points = bad.questions[0]!.options[0]!.points;
    const refused = await cli('kyc', 'questionnaire', 'import', file('bad.json', bad));
    expect(refused.code).toBe(1);
    expect(refused.err).toContain('第 1 題（q_loss_reaction）：選項分數重複');
    const imported = await cli('kyc', 'questionnaire', 'import', file('good.json', firmVersion2()));
    expect(imported.code).toBe(0);
    expect(imported.out).toContain('imported firm@2');
  });
});
