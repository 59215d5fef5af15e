import { FilePdfOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../app/useErrorText';
import { savePdf } from '../../lib/download';
import { useChannelMutation } from '../../lib/queries';

/** Saves the KYC form for the client's signature; printing changes only the audit trail. */
export function FormPdfButton({ assessmentId, small = false }: { assessmentId: string; small?: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const pdf = useChannelMutation('kyc.formPdf', {
    invalidates: ['audit'],
    onSuccess: (value) => savePdf(value.pdfBase64, value.fileName),
    onError: (error) => void message.error(errorText(error)),
  });
  return (
    <Button
      size={small ? 'small' : 'middle'}
      icon={<FilePdfOutlined />}
      loading={pdf.isPending}
      onClick={() => pdf.mutate({ assessmentId })}
      data-testid="kyc-form-pdf"
    >
      {t('kyc.pdf')}
    </Button>
  );
}
