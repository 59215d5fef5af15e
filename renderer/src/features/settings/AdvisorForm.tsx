import { Button, Flex, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { settingsSchema } from '../../../../shared/features/settings/schema';
import { useSettings } from '../../app/settings';
import type { LeaveGuard } from '../../app/useLeaveGuard';
import { useSettingsSave } from './useSettingsSave';

const advisorSchema = settingsSchema.pick({ advisorName: true });

/** 顧問姓名: who uses this desktop, named as the actor of each audit entry. */
export function AdvisorForm({ guard }: { guard: LeaveGuard }) {
  const { t } = useTranslation();
  const { advisorName } = useSettings().settings;
  const [form] = Form.useForm();
  const { save, busy, changed } = useSettingsSave(form, advisorSchema, (value) => value, {
    guard,
    name: 'advisor',
  });

  return (
    <Form
      form={form}
      layout="vertical"
      initialValues={{ advisorName }}
      onValuesChange={changed}
      onFinish={(values) => void save(values)}
    >
      <Form.Item name="advisorName" label={t('settings.advisorName')} extra={t('settings.advisorNameHint')}>
        <Input maxLength={60} autoComplete="name" data-testid="settings-advisorName" />
      </Form.Item>
      <Flex justify="flex-end">
        <Button type="primary" htmlType="submit" loading={busy} data-testid="settings-advisor-save">
          {t('common.save')}
        </Button>
      </Flex>
    </Form>
  );
}
