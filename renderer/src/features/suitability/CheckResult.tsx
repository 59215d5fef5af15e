import { productName } from '../../../../shared/features/products';
import { Alert, Card, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import {
  isSameFinding,
  VERDICT_WORDS,
  type Finding,
  type Override,
  type SuitabilityCheck,
  type Verdict,
} from '../../../../shared/features/suitability';
import { useLanguage } from '../../app/language';
import { useFormats } from '../../app/useFormats';
import { FindingRow } from './FindingRow';

const ALERT_TYPE: Record<Verdict, 'error' | 'warning' | 'success'> = {
  blocked: 'error',
  needs_approval: 'warning',
  ok: 'success',
};

/** The verdict, then the findings about the whole set and those of each product, in the order proposed. */
export function CheckResult({
  check,
  overrides,
  onRequest,
  onDecide,
}: {
  check: SuitabilityCheck;
  overrides: readonly Override[];
  onRequest: (finding: Finding) => void;
  onDecide: (override: Override) => void;
}) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const formats = useFormats();
  const pendingFor = (finding: Finding) =>
    overrides.find((o) => o.status === 'pending' && isSameFinding(o, finding)) ?? null;
  const rows = (findings: Finding[]) =>
    findings.length === 0 ? (
      <Typography.Text type="secondary">{t('suitability.noFindings')}</Typography.Text>
    ) : (
      findings.map((finding, index) => (
        <FindingRow
          key={`${finding.code}-${finding.subject ?? ''}-${index}`}
          finding={finding}
          pending={pendingFor(finding)}
          onRequest={onRequest}
          onDecide={onDecide}
        />
      ))
    );
  const setFindings = check.findings.filter((f) => f.productId === null);

  return (
    <Flex vertical gap="middle" data-testid="suitability-result">
      <Alert
        type={ALERT_TYPE[check.verdict]}
        showIcon
        data-testid={`verdict-${check.verdict}`}
        title={VERDICT_WORDS[check.verdict][language]}
        description={t('suitability.checkedOn', { day: formats.date(check.checkedOn) })}
      />
      {setFindings.length > 0 ? (
        <Card size="small" title={t('suitability.set')} data-testid="findings-set">
          <Flex vertical gap="small">
            {rows(setFindings)}
          </Flex>
        </Card>
      ) : null}
      {check.products.map((product) => (
        <Card
          key={product.productId}
          size="small"
          data-testid={`findings-product-${product.code}`}
          title={`${product.code} ${productName(product, language)} · RR${product.riskRating}`}
          extra={t('suitability.share', { share: Number(product.sharePercent.toFixed(1)) })}
        >
          <Flex vertical gap="small">
            {rows(check.findings.filter((f) => f.productId === product.productId))}
          </Flex>
        </Card>
      ))}
    </Flex>
  );
}
