import { useState } from 'react';
import { CheckCircleOutlined, FilePdfOutlined } from '@ant-design/icons';
import { Button, Flex, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { PDF_VARIANT_WORDS, PDF_VARIANTS, type PdfVariant } from '../../../../shared/features/briefings';
import { useLanguage } from '../../app/language';
import { useErrorText } from '../../app/useErrorText';
import { savePdf } from '../../lib/download';
import { useChannelMutation } from '../../lib/queries';

/** 匯出 PDF of the saved version: 16:9 slides, or an A4 handout with 2 or 3 slides a page. */
export function DeckPdfPanel({ deckId, version }: { deckId: string; version: number }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const errorText = useErrorText();
  const [variant, setVariant] = useState<PdfVariant>('slides');
  const [perPage, setPerPage] = useState<2 | 3>(3);
  const pdf = useChannelMutation('briefings.pdf', {
    invalidates: [],
    onSuccess: (value) => savePdf(value.pdfBase64, value.fileName),
  });
  return (
    <Flex gap="small" align="center" wrap>
      <Select<PdfVariant>
        aria-label={t('deckEditor.pdfVariant')}
        value={variant}
        onChange={setVariant}
        options={PDF_VARIANTS.map((v) => ({ value: v, label: PDF_VARIANT_WORDS[v][language] }))}
        data-testid="deck-pdf-variant"
        style={{ width: 110 }}
      />
      {variant === 'handout' ? (
        <Select<2 | 3>
          aria-label={t('deckEditor.perPage')}
          value={perPage}
          onChange={setPerPage}
          options={[2, 3].map((n) => ({ value: n as 2 | 3, label: t('deckEditor.perPageN', { n }) }))}
          data-testid="deck-pdf-per-page"
          style={{ width: 120 }}
        />
      ) : null}
      <Button
        icon={<FilePdfOutlined />}
        loading={pdf.isPending}
        onClick={() => pdf.mutate({ deckId, version, variant, perPage, language })}
        data-testid="deck-pdf"
      >
        {t('deckEditor.pdf')}
      </Button>
      {pdf.data ? (
        <Typography.Text data-testid="deck-pdf-result">
          <CheckCircleOutlined aria-hidden />{' '}
          {t('deckEditor.pdfSaved', { fileName: pdf.data.fileName, pages: pdf.data.pageCount })}
        </Typography.Text>
      ) : null}
      {pdf.error ? <Typography.Text type="danger">{errorText(pdf.error)}</Typography.Text> : null}
    </Flex>
  );
}
