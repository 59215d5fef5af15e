import { useState } from 'react';
import { Alert, Button, Card, Flex, Radio, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { Finding, Override, SuitabilityCheck } from '../../../../shared/features/suitability';
import { ageOn, today } from '../../../../shared/kernel/dates';
import { PageTitle } from '../../app/PageTitle';
import { useSettings } from '../../app/settings';
import { useErrorText } from '../../app/useErrorText';
import { useChannelMutation, useChannelQuery } from '../../lib/queries';
import { ClientPicker } from '../clients';
import { CheckResult } from './CheckResult';
import { OverrideDecisionDialog } from './OverrideDecisionDialog';
import { OverrideRequestDialog } from './OverrideRequestDialog';
import { ProductPicker } from './ProductPicker';
import { ProposalTable } from './ProposalTable';
import { draftOf, itemsOf, type DraftItem, type SizeBasis } from './proposal';

/**
 * 適合度檢核: a client (also from `?client=ID`), the proposed products with weights or amounts and
 * (65+) the 推介理由, the check, its findings per product, and overrides asked for and decided.
 */
export function SuitabilityPage() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const { settings } = useSettings();
  const [params, setParams] = useSearchParams();
  const clientId = params.get('client') ?? undefined;
  const client = useChannelQuery('clients.get', { id: clientId ?? '' }, { enabled: clientId !== undefined });
  const overrides = useChannelQuery(
    'suitability.overrides',
    { clientId },
    { enabled: clientId !== undefined },
  );
  const [drafts, setDrafts] = useState<DraftItem[]>([]);
  const [basis, setBasis] = useState<SizeBasis>('weight');
  const [check, setCheck] = useState<SuitabilityCheck | null>(null);
  const [requesting, setRequesting] = useState<Finding | null>(null);
  const [deciding, setDeciding] = useState<Override | null>(null);
  const run = useChannelMutation('suitability.check', { onSuccess: setCheck });

  const birthDate = client.data?.birthDate ?? null;
  const age = birthDate ? ageOn(birthDate, today(settings.timeZone)) : null;
  const elderly = (age !== null && age >= settings.kyc.elderlyAge) || check?.elderly === true;
  const items = itemsOf(drafts, basis);
  const runCheck = () => {
    if (clientId && items) run.mutate({ clientId, items });
  };
  const changeDrafts = (next: DraftItem[]) => {
    setDrafts(next);
    setCheck(null);
  };

  return (
    <Flex vertical gap="middle">
      <PageTitle testId="suitability-title">{t('suitability.title')}</PageTitle>
      <Typography.Text type="secondary">{t('suitability.intro')}</Typography.Text>
      <Card size="small">
        <Flex vertical gap="small">
          <Flex gap="small" align="center" wrap>
            <label htmlFor="suitability-client">{t('suitability.client')}</label>
            <ClientPicker
              id="suitability-client"
              value={clientId}
              knownNames={clientId && client.data ? { [clientId]: client.data.name } : {}}
              placeholder={t('suitability.clientPlaceholder')}
              onChange={(id) => {
                setParams({ client: id }, { replace: true });
                setCheck(null);
              }}
            />
            {age !== null ? (
              <Typography.Text data-testid="suitability-age">{t('suitability.age', { age })}</Typography.Text>
            ) : null}
          </Flex>
          {elderly ? (
            <Alert
              type="info"
              showIcon
              data-testid="suitability-elderly"
              title={t('suitability.elderlyNote')}
            />
          ) : null}
        </Flex>
      </Card>
      <Card size="small" title={t('suitability.products')}>
        <Flex vertical gap="small">
          <Flex gap="middle" align="center" wrap>
            <ProductPicker
              excludeIds={drafts.map((d) => d.product.id)}
              onPick={(product) => changeDrafts([...drafts, draftOf(product)])}
            />
            <Radio.Group
              aria-label={t('suitability.basis')}
              value={basis}
              onChange={(event) => {
                setBasis(event.target.value as SizeBasis);
                setCheck(null);
              }}
              data-testid="suitability-basis"
              options={[
                { value: 'weight', label: t('suitability.basis.weight') },
                { value: 'amount', label: t('suitability.basis.amount') },
              ]}
            />
          </Flex>
          <ProposalTable drafts={drafts} basis={basis} elderly={elderly} onChange={changeDrafts} />
          <Flex justify="flex-end" gap="small" align="center">
            {!clientId ? (
              <Typography.Text type="secondary">{t('suitability.needClient')}</Typography.Text>
            ) : !items ? (
              <Typography.Text type="secondary">{t('suitability.needItems')}</Typography.Text>
            ) : null}
            <Button
              type="primary"
              data-testid="suitability-run"
              disabled={!clientId || !items}
              loading={run.isPending}
              onClick={runCheck}
            >
              {t('suitability.run')}
            </Button>
          </Flex>
        </Flex>
      </Card>
      {run.error ? (
        <Alert type="error" showIcon data-testid="suitability-error" title={errorText(run.error.info)} />
      ) : null}
      {check ? (
        <Card size="small" title={t('suitability.result')}>
          <CheckResult
            check={check}
            overrides={overrides.data?.items ?? []}
            onRequest={setRequesting}
            onDecide={setDeciding}
          />
        </Card>
      ) : null}
      <OverrideRequestDialog
        checkId={check?.checkId ?? ''}
        finding={requesting}
        onClose={() => setRequesting(null)}
      />
      <OverrideDecisionDialog override={deciding} onClose={() => setDeciding(null)} onApproved={runCheck} />
    </Flex>
  );
}
