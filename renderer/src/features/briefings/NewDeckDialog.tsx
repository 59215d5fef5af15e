import { useState } from 'react';
import { Flex, Radio, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { DECK_KIND_WORDS, DECK_KINDS, type DeckKind } from '../../../../shared/features/briefings';
import { useLanguage } from '../../app/language';
import { useErrorText } from '../../app/useErrorText';
import { ConfirmModal } from '../../lib/ConfirmModal';
import { useChannelMutation } from '../../lib/queries';
import { ClientPicker } from '../clients';
import { DeckProductSelect } from './DeckProductSelect';
import { briefingPaths } from './paths';

/**
 * 新增簡報: a template (weekly market review, product launch with its product, client portfolio
 * review with its client) or a blank deck; the whole deck is made in one action and opened.
 */
export function NewDeckDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const errorText = useErrorText();
  const navigate = useNavigate();
  const [kind, setKind] = useState<DeckKind>('weeklyMarketReview');
  const [clientId, setClientId] = useState<string | undefined>(undefined);
  const [productId, setProductId] = useState<string | null>(null);
  const opened = { onSuccess: (deck: { id: string }) => void navigate(briefingPaths.editor(deck.id)) };
  const fromTemplate = useChannelMutation('briefings.fromTemplate', opened);
  const blank = useChannelMutation('briefings.create', opened);
  const pending = fromTemplate.isPending || blank.isPending;
  const error = fromTemplate.error ?? blank.error;
  const ready =
    (kind !== 'clientPortfolioReview' || clientId !== undefined) &&
    (kind !== 'productLaunch' || productId !== null);

  const create = () => {
    if (!ready) return;
    if (kind === 'blank') {
      blank.mutate({
        content: {
          title: t('briefings.blankTitle'),
          kind: 'blank',
          clientId: null,
          slides: [
            {
              id: crypto.randomUUID(),
              block: { kind: 'title', title: t('briefings.blankTitle'), subtitle: '' },
              notes: '',
            },
          ],
        },
      });
      return;
    }
    fromTemplate.mutate({
      template: kind,
      language,
      ...(kind === 'clientPortfolioReview' && clientId ? { clientId } : {}),
      ...(kind === 'productLaunch' && productId ? { productId } : {}),
    });
  };

  return (
    <ConfirmModal
      open={open}
      title={t('briefings.new')}
      onCancel={onClose}
      destroyOnHidden
      confirmOnEnter
      ok={{
        text: t('briefings.create'),
        onClick: create,
        loading: pending,
        disabled: !ready,
        testId: 'deck-create',
      }}
    >
      <Flex vertical gap="small">
        <Typography.Text type="secondary">{t('briefings.templateIntro')}</Typography.Text>
        <Radio.Group
          aria-label={t('briefings.template')}
          value={kind}
          onChange={(event) => setKind(event.target.value as DeckKind)}
          data-testid="deck-template"
        >
          <Flex vertical gap={4}>
            {[...DECK_KINDS.filter((k) => k !== 'blank'), 'blank' as const].map((k) => (
              <Radio key={k} value={k} data-testid={`deck-template-${k}`}>
                {DECK_KIND_WORDS[k][language]}
              </Radio>
            ))}
          </Flex>
        </Radio.Group>
        {kind === 'clientPortfolioReview' ? (
          <>
            <label htmlFor="deck-client">{t('briefings.client')}</label>
            <ClientPicker
              id="deck-client"
              value={clientId}
              knownNames={{}}
              placeholder={t('briefings.pickClient')}
              onChange={setClientId}
            />
          </>
        ) : null}
        {kind === 'productLaunch' ? (
          <>
            <label htmlFor="deck-product">{t('briefings.product')}</label>
            <DeckProductSelect id="deck-product" value={productId} onChange={setProductId} />
          </>
        ) : null}
        {error ? <Typography.Text type="danger">{errorText(error)}</Typography.Text> : null}
      </Flex>
    </ConfirmModal>
  );
}
