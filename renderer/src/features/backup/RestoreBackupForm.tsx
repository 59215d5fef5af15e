import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Form, Input, Radio } from 'antd';
import { useTranslation } from 'react-i18next';
import type { BackupReport } from '../../../../shared/features/backup';
import { translateValidation } from '../../../../shared/i18n/messages';
import type { ChannelInput, ChannelOutput } from '../../../../shared/ipc/contract';
import { useLanguage } from '../../app/language';
import { ConfirmModal } from '../../lib/ConfirmModal';
import { queryHasPrefix, useChannelMutation } from '../../lib/queries';
import { NewPassphraseItems } from '../vault';
import { BackupReportList } from './BackupReportList';
import { useBackupErrorText } from './useBackupErrorText';

type Method = 'passphrase' | 'recoveryCode';

interface RestoreValues {
  file: string;
  method: Method;
  passphrase?: string;
  recoveryCode?: string;
  newPassphrase?: string;
}

/** Fields a check was made with: changing one asks for the check again (a new passphrase does not). */
const CHECKED_FIELDS = new Set<string>(['file', 'method', 'passphrase', 'recoveryCode']);

function secretOf(values: RestoreValues): { passphrase: string } | { recoveryCode: string } {
  return values.method === 'recoveryCode'
    ? { recoveryCode: (values.recoveryCode ?? '').trim() }
    : { passphrase: values.passphrase ?? '' };
}

function restoreInput(values: RestoreValues): ChannelInput<'backup.restore'> {
  const file = values.file.trim();
  return values.method === 'recoveryCode'
    ? { file, recoveryCode: (values.recoveryCode ?? '').trim(), newPassphrase: values.newPassphrase ?? '' }
    : { file, passphrase: values.passphrase ?? '' };
}

/**
 * 從備份還原, in 設定 › 備份 and on the setup screen: the backup file by path, its passphrase or
 * the recovery code (with a new passphrase), 檢查備份 (verify: nothing changes), then 還原. Over
 * a vault a confirmation says it is replaced and where it goes (a safety backup). Afterwards
 * the vault is locked: a notice names where the old data went, and the unlock screen follows.
 */
export function RestoreBackupForm({
  confirmation,
  timestamp,
  onRestored,
}: {
  /** Where a vault is replaced, what the confirmation says (given the backup's time); null: none is asked. */
  confirmation: ((when: string) => string) | null;
  /** The backup's time in the user's date style. */
  timestamp: (instant: string) => string;
  onRestored?: () => void;
}) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { modal } = App.useApp();
  const queryClient = useQueryClient();
  const backupErrorText = useBackupErrorText();
  const [form] = Form.useForm<RestoreValues>();
  const method = Form.useWatch('method', form) ?? 'passphrase';
  const [report, setReport] = useState<BackupReport | null>(null);
  const [confirming, setConfirming] = useState(false);
  const verify = useChannelMutation('backup.verify', { invalidates: [] });
  const restore = useChannelMutation('backup.restore', { invalidates: [] });
  const error = restore.error ?? verify.error;
  const required = { required: true, message: translateValidation('validation.required', language) };

  function check(values: RestoreValues) {
    restore.reset();
    verify.mutate({ file: values.file.trim(), ...secretOf(values) }, { onSuccess: setReport });
  }

  function restoreNow() {
    const values = form.getFieldsValue(true) as RestoreValues;
    verify.reset();
    restore.mutate(restoreInput(values), {
      onSuccess: (restored) => {
        setConfirming(false);
        showRestored(restored, values.method);
        onRestored?.();
        // The core locked the vault: asking for its state again shows the unlock screen.
        void queryClient.invalidateQueries({ predicate: (query) => queryHasPrefix(query, ['vault']) });
      },
      onError: () => setConfirming(false),
    });
  }

  /** The notice outlives this form (it is the app's): it stays over the unlock screen until read. */
  function showRestored(restored: ChannelOutput<'backup.restore'>, used: Method) {
    modal.success({
      title: t('backup.restore.doneTitle'),
      okText: t('backup.restore.toUnlock'),
      content: (
        <div data-testid="restore-done">
          <p>{t('backup.restore.doneText', { when: timestamp(restored.createdAt) })}</p>
          {restored.safetyBackup ? (
            <p>{t('backup.restore.doneSafety', { file: restored.safetyBackup })}</p>
          ) : null}
          {restored.replacedFolder ? (
            <p>{t('backup.restore.doneMoved', { folder: restored.replacedFolder })}</p>
          ) : null}
          <p>{t(used === 'recoveryCode' ? 'backup.restore.unlockNew' : 'backup.restore.unlockOld')}</p>
        </div>
      ),
    });
  }

  return (
    <>
      <Form<RestoreValues>
        form={form}
        layout="vertical"
        requiredMark={false}
        initialValues={{ file: '', method: 'passphrase' }}
        onValuesChange={(changed: Partial<RestoreValues>) => {
          if (Object.keys(changed).some((key) => CHECKED_FIELDS.has(key))) {
            setReport(null);
            verify.reset();
            restore.reset();
          }
        }}
        onFinish={(values) => {
          if (!report) check(values);
          else if (confirmation) setConfirming(true);
          else restoreNow();
        }}
      >
        <Form.Item
          name="file"
          label={t('backup.restore.file')}
          extra={t('backup.restore.fileHelp')}
          rules={[required]}
        >
          <Input autoFocus spellCheck={false} autoComplete="off" data-testid="restore-file" />
        </Form.Item>
        <Form.Item name="method" label={t('backup.restore.method')}>
          <Radio.Group
            data-testid="restore-method"
            options={[
              { value: 'passphrase', label: t('backup.restore.withPassphrase') },
              { value: 'recoveryCode', label: t('backup.restore.withRecoveryCode') },
            ]}
          />
        </Form.Item>
        {method === 'passphrase' ? (
          <Form.Item name="passphrase" label={t('backup.restore.passphrase')} rules={[required]}>
            <Input.Password autoComplete="off" data-testid="restore-passphrase" />
          </Form.Item>
        ) : (
          <>
            <Form.Item name="recoveryCode" label={t('backup.restore.recoveryCode')} rules={[required]}>
              <Input autoComplete="off" spellCheck={false} data-testid="restore-recovery-code" />
            </Form.Item>
            <NewPassphraseItems
              name="newPassphrase"
              passphraseLabel={t('backup.restore.newPassphrase')}
              testIds={{ passphrase: 'restore-new-passphrase', confirm: 'restore-new-confirm' }}
            />
          </>
        )}
        {error ? (
          <Alert
            type="error"
            showIcon
            title={backupErrorText(error)}
            className="form-alert"
            data-testid="restore-error"
          />
        ) : null}
        {report ? <BackupReportList report={report} timestamp={timestamp} /> : null}
        <Button
          type="primary"
          htmlType="submit"
          block
          danger={report !== null && confirmation !== null}
          loading={verify.isPending || restore.isPending}
          data-testid={report ? 'restore-submit' : 'restore-check'}
        >
          {report ? t('backup.restore.submit') : t('backup.restore.check')}
        </Button>
      </Form>
      {confirmation && report ? (
        <ConfirmModal
          open={confirming}
          title={t('backup.restore.confirmTitle')}
          onCancel={() => setConfirming(false)}
          confirmOnEnter
          ok={{
            text: t('backup.restore.submit'),
            onClick: restoreNow,
            loading: restore.isPending,
            testId: 'restore-confirm',
          }}
        >
          <p data-testid="restore-confirm-text">{confirmation(timestamp(report.createdAt))}</p>
          <p>{t('backup.restore.confirmLock')}</p>
        </ConfirmModal>
      ) : null}
    </>
  );
}
