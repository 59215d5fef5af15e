import { useState } from 'react';
import { Alert, Checkbox, DatePicker, Flex, Input, Radio } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import {
  DECISION_OUTCOMES,
  PROPOSAL_STATE_WORDS,
  type DecisionOutcome,
  type Proposal,
} from '../../../../../shared/features/proposals';
import { productName } from '../../../../../shared/features/products';
import { today } from '../../../../../shared/kernel/dates';
import { useLanguage } from '../../../app/language';
import { useSettings } from '../../../app/settings';
import { useErrorText } from '../../../app/useErrorText';
import { useFormats } from '../../../app/useFormats';
import { ConfirmModal } from '../../../lib/ConfirmModal';
import { useChannelMutation } from '../../../lib/queries';

/**
 * The client's answer (O3.1.2): accepted, partly accepted (which products) or declined (why),
 * and the day, picked in the user's date style.
 */
export function DecisionDialog({
  open,
  proposal,
  onClose,
}: {
  open: boolean;
  proposal: Proposal;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { timeZone } = useSettings().settings;
  const formats = useFormats();
  const errorText = useErrorText();
  const [outcome, setOutcome] = useState<DecisionOutcome>('accepted');
  const [accepted, setAccepted] = useState<string[]>([]);
  const [reason, setReason] = useState('');
  const [day, setDay] = useState<Dayjs>(() => dayjs(today(timeZone)));
  const decide = useChannelMutation('proposals.decide', {
    invalidates: ['proposals.list', 'proposals.get', 'proposals.report'],
    onSuccess: onClose,
  });
  const products = proposal.snapshot?.products ?? [];
  const needsReason = outcome !== 'accepted';
  const missing =
    (needsReason && reason.trim() === '') || (outcome === 'partly_accepted' && accepted.length === 0);

  const submit = () => {
    if (missing) return;
    decide.mutate({
      id: proposal.id,
      version: proposal.version,
      outcome,
      acceptedProductIds:
        outcome === 'accepted'
          ? proposal.content.items.map((i) => i.productId)
          : outcome === 'declined'
            ? []
            : accepted,
      reason: needsReason ? reason.trim() : null,
      decidedOn: day.format('YYYY-MM-DD'),
    });
  };

  return (
    <ConfirmModal
      open={open}
      title={t('proposals.decisionTitle', { number: proposal.number })}
      onCancel={onClose}
      confirmOnEnter
      ok={{
        text: t('proposals.decisionSave'),
        onClick: submit,
        loading: decide.isPending,
        disabled: missing,
        testId: 'decision-save',
      }}
    >
      <Flex vertical gap="middle" data-testid="decision-dialog">
        <Radio.Group
          aria-label={t('proposals.outcome')}
          value={outcome}
          onChange={(event) => setOutcome(event.target.value as DecisionOutcome)}
          data-testid="decision-outcome"
          options={DECISION_OUTCOMES.map((o) => ({ value: o, label: PROPOSAL_STATE_WORDS[o][language] }))}
        />
        {outcome === 'partly_accepted' ? (
          <fieldset className="plain-fieldset">
            <legend>{t('proposals.acceptedProducts')}</legend>
            <Checkbox.Group
              value={accepted}
              onChange={(values) => setAccepted(values)}
              data-testid="decision-products"
            >
              <Flex vertical gap={4}>
                {proposal.content.items.map((item) => {
                  const product = products.find((p) => p.id === item.productId);
                  return (
                    <Checkbox
                      key={item.productId}
                      value={item.productId}
                      data-testid={`decision-product-${product?.code ?? item.productId}`}
                    >
                      {product ? `${product.code} ${productName(product, language)}` : item.productId}
                    </Checkbox>
                  );
                })}
              </Flex>
            </Checkbox.Group>
          </fieldset>
        ) : null}
        {needsReason ? (
          <label className="block-field">
            <span>
              {t(outcome === 'declined' ? 'proposals.declineReason' : 'proposals.partlyReason')}
              <span className="required-mark"> {t('proposals.required')}</span>
            </span>
            <Input.TextArea
              value={reason}
              maxLength={1000}
              autoSize={{ minRows: 2, maxRows: 6 }}
              aria-required
              onChange={(event) => setReason(event.target.value)}
              data-testid="decision-reason"
            />
          </label>
        ) : null}
        <label className="inline-field">
          <span>{t('proposals.decidedOn')}</span>
          <DatePicker
            format={formats.picker}
            allowClear={false}
            value={day}
            onChange={(value) => value && setDay(value)}
            data-testid="decision-date"
          />
        </label>
        {decide.error ? (
          <Alert type="error" showIcon title={errorText(decide.error)} data-testid="decision-error" />
        ) : null}
      </Flex>
    </ConfirmModal>
  );
}
