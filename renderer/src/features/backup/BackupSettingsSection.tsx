import {
  Alert,
  App,
  Button,
  Descriptions,
  Flex,
  Form,
  Input,
  InputNumber,
  Select,
  Space,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  BACKUP_SCHEDULE_WORDS,
  BACKUP_SCHEDULES,
  backupSettingsSchema,
  type BackupSettings,
} from '../../../../shared/features/backup/settings';
import { useLanguage } from '../../app/language';
import { useSettings } from '../../app/settings';
import type { LeaveGuard } from '../../app/useLeaveGuard';
import { useErrorText } from '../../app/useErrorText';
import { useFormats } from '../../app/useFormats';
import { toErrorInfo } from '../../lib/api';
import { useChannelMutation } from '../../lib/queries';
import { useSettingsSave } from '../settings';
import { RestoreBackupButton } from './RestoreBackupDialog';
import { useBackupErrorText } from './useBackupErrorText';
import { useBackupStatus } from './useBackupStatus';

type Values = Omit<BackupSettings, 'folder'> & { folder: string };

/** 設定 › 備份: the last backup's age, 立即備份 to a folder, the schedule and rotation, 從備份還原. */
export function BackupSettingsSection({ guard }: { guard: LeaveGuard }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const backupErrorText = useBackupErrorText();
  const formats = useFormats();
  const { backup } = useSettings().settings;
  const { status, ageDays, query } = useBackupStatus();
  const create = useChannelMutation('backup.create', { invalidates: ['backup', 'audit'] });
  const [target, setTarget] = useState(backup.folder ?? '');
  const [form] = Form.useForm<Values>();
  const { save, busy, changed } = useSettingsSave(
    form,
    backupSettingsSchema,
    (value) => ({ backup: value }),
    { guard, name: 'backup', prefix: ['backup'] },
  );

  async function backUpNow() {
    try {
      const made = await create.mutateAsync(target.trim() ? { folder: target.trim() } : {});
      void message.success(t('backup.done', { file: made.file }));
    } catch (caught) {
      void message.error(backupErrorText(toErrorInfo(caught)));
    }
  }

  const last = status?.lastBackupAt
    ? t(ageDays === 0 ? 'backup.lastToday' : 'backup.lastAge', {
        when: formats.timestamp(status.lastBackupAt),
        days: ageDays,
      })
    : t('backup.never');

  return (
    <div id="backup" data-testid="backup-settings">
      <Typography.Paragraph type="secondary">{t('backup.intro')}</Typography.Paragraph>
      {query.error ? <Alert type="error" showIcon title={errorText(query.error)} /> : null}
      <Descriptions
        size="small"
        column={1}
        items={[
          { key: 'last', label: t('backup.last'), children: <span data-testid="backup-last">{last}</span> },
        ]}
      />
      {status?.overdue ? (
        <Alert type="warning" showIcon title={t('backup.overdue', { days: status.reminderDays })} />
      ) : null}
      <Flex gap="small" align="end" wrap style={{ margin: '16px 0' }}>
        <label htmlFor="backup-target" className="backup-target-label">
          {t('backup.folder')}
        </label>
        <Space.Compact style={{ flex: '1 1 320px' }}>
          <Input
            id="backup-target"
            value={target}
            placeholder={status?.folder}
            aria-describedby="backup-target-help"
            onChange={(event) => setTarget(event.target.value)}
            onPressEnter={() => void backUpNow()}
            data-testid="backup-target"
          />
          <Button
            type="primary"
            loading={create.isPending}
            onClick={() => void backUpNow()}
            data-testid="backup-now"
          >
            {t('backup.now')}
          </Button>
        </Space.Compact>
        <Typography.Text type="secondary" id="backup-target-help">
          {t('backup.folderHelp')}
        </Typography.Text>
      </Flex>
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ ...backup, folder: backup.folder ?? '' }}
        onValuesChange={changed}
        onFinish={(values) => void save({ ...values, folder: values.folder.trim() || null })}
      >
        <div className="form-grid">
          <Form.Item name="schedule" label={t('backup.schedule')}>
            <Select
              data-testid="backup-schedule"
              options={BACKUP_SCHEDULES.map((s) => ({ value: s, label: BACKUP_SCHEDULE_WORDS[s][language] }))}
            />
          </Form.Item>
          <Form.Item
            name="folder"
            label={t('backup.scheduleFolder')}
            extra={t('backup.scheduleFolderHelp', { folder: status?.folder ?? '' })}
          >
            <Input data-testid="backup-schedule-folder" />
          </Form.Item>
          <Form.Item name={['keep', 'daily']} label={`${t('backup.keep')}：${t('backup.keepDaily')}`}>
            <InputNumber min={0} max={90} precision={0} data-testid="backup-keep-daily" />
          </Form.Item>
          <Form.Item name={['keep', 'weekly']} label={`${t('backup.keep')}：${t('backup.keepWeekly')}`}>
            <InputNumber min={0} max={104} precision={0} data-testid="backup-keep-weekly" />
          </Form.Item>
          <Form.Item name={['keep', 'monthly']} label={`${t('backup.keep')}：${t('backup.keepMonthly')}`}>
            <InputNumber min={0} max={120} precision={0} data-testid="backup-keep-monthly" />
          </Form.Item>
          <Form.Item name="reminderDays" label={t('backup.reminderDays')}>
            <InputNumber min={1} max={365} precision={0} data-testid="backup-reminder-days" />
          </Form.Item>
        </div>
        <Flex justify="flex-end">
          <Button type="primary" htmlType="submit" loading={busy} data-testid="backup-settings-save">
            {t('common.save')}
          </Button>
        </Flex>
      </Form>
      <Typography.Paragraph strong>{t('backup.restoreTitle')}</Typography.Paragraph>
      <Typography.Paragraph data-testid="backup-restore-steps">
        {t('backup.restoreSteps')}
      </Typography.Paragraph>
      <RestoreBackupButton safetyFolder={status?.folder ?? ''} />
    </div>
  );
}
