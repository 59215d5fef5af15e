import { useState } from 'react';
import { FilePdfOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Checkbox, Flex, Radio } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Proposal } from '../../../../../shared/features/proposals';
import type { Language } from '../../../../../shared/i18n/messages';
import { useErrorText } from '../../../app/useErrorText';
import { savePdf } from '../../../lib/download';
import { useChannelMutation } from '../../../lib/queries';

/** The proposal's PDF in either language, in large type for anyone who asks; the core names the file. */
export function PdfCard({ proposal, defaultLargeType }: { proposal: Proposal; defaultLargeType: boolean }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [language, setLanguage] = useState<Language>('zh-TW');
  const [largeType, setLargeType] = useState(defaultLargeType);
  // Printing changes nothing but the audit trail.
  const pdf = useChannelMutation('proposals.pdf', {
    invalidates: ['audit'],
    onSuccess: (value) => savePdf(value.pdfBase64, value.fileName),
  });
  return (
    <Card size="small" title={<h2 className="card-title">{t('proposals.pdf')}</h2>}>
      <Flex gap="middle" align="center" wrap>
        <Radio.Group
          aria-label={t('proposals.pdfLanguage')}
          value={language}
          onChange={(event) => setLanguage(event.target.value as Language)}
          options={[
            { value: 'zh-TW', label: '中文' },
            { value: 'en', label: 'English' },
          ]}
          data-testid="proposal-pdf-language"
        />
        <Checkbox
          checked={largeType}
          onChange={(event) => setLargeType(event.target.checked)}
          data-testid="proposal-pdf-large"
        >
          {t('proposals.largeTypePdf')}
        </Checkbox>
        <Button
          type="primary"
          icon={<FilePdfOutlined />}
          loading={pdf.isPending}
          onClick={() => pdf.mutate({ id: proposal.id, language, largeType })}
          data-testid="proposal-pdf"
        >
          {t('proposals.pdfDownload')}
        </Button>
      </Flex>
      {pdf.error ? <Alert type="error" showIcon title={errorText(pdf.error)} /> : null}
    </Card>
  );
}
