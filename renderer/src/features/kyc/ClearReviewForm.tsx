import { App, Button, Flex, Form, Input, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Assessment } from '../../../../shared/features/kyc';
import { useLanguage } from '../../app/language';
import { useErrorText } from '../../app/useErrorText';
import { issuesToFieldErrors, serverIssues } from '../../lib/fieldErrors';
import { useChannelMutation } from '../../lib/queries';
import { useKycWords } from './useKycWords';

/** A flagged result, cleared by someone other than the advisor who checked it (named, with a note). */
export function ClearReviewForm({ assessment }: { assessment: Assessment }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const { words } = useKycWords();
  const { language } = useLanguage();
  const [form] = Form.useForm<{ reviewer: string; note?: string }>();
  const clear = useChannelMutation('kyc.clearReview', {
    invalidates: ['kyc', 'audit'],
    onSuccess: () => void message.success(t('kyc.cleared')),
    onError: (error) => {
      // A refused field (the reviewer is the advisor who took it) is said at the field.
      const { fields } = issuesToFieldErrors(serverIssues(error.details), language);
      if (fields.length > 0) form.setFields(fields as Parameters<typeof form.setFields>[0]);
      else void message.error(errorText(error));
    },
  });

  return (
    <Flex vertical gap="small" data-testid="kyc-review">
      <Typography.Text strong>{t('kyc.flagsTitle')}</Typography.Text>
      <ul>
        {assessment.flags.map((flag) => (
          <li key={flag.ruleId}>{words(flag.message)}</li>
        ))}
      </ul>
      <Form<{ reviewer: string; note?: string }>
        form={form}
        layout="inline"
        onFinish={(values) =>
          clear.mutate({ assessmentId: assessment.id, reviewer: values.reviewer, note: values.note ?? null })
        }
      >
        <Form.Item name="reviewer" label={t('kyc.reviewer')} rules={[{ required: true, whitespace: true }]}>
          <Input maxLength={50} data-testid="kyc-reviewer" />
        </Form.Item>
        <Form.Item name="note" label={t('kyc.reviewNote')}>
          <Input maxLength={500} />
        </Form.Item>
        <Button htmlType="submit" loading={clear.isPending} data-testid="kyc-clear">
          {t('kyc.clear')}
        </Button>
      </Form>
    </Flex>
  );
}
