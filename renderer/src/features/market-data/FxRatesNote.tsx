import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Currency } from '../../../../shared/kernel/money';
import { useFormats } from '../../app/useFormats';
import { useChannelQuery } from '../../lib/queries';
import { levelText } from './figureText';

const NONE = {};

/**
 * Beside a TWD total: the rate and date of each foreign currency it converted, and a warning when
 * any of them is stale (older than the market-data freshness setting). Draws nothing for TWD only.
 */
export function FxRatesNote({ currencies }: { currencies: readonly Currency[] }) {
  const { t } = useTranslation();
  const formats = useFormats();
  const { data } = useChannelQuery('market.fxLatest', NONE);
  const used = (data?.rates ?? []).filter((r) => r.currency !== 'TWD' && currencies.includes(r.currency));
  if (used.length === 0) return null;
  const stale = used.filter((r) => r.freshness.state === 'stale');
  return (
    <Typography.Text type="secondary" data-testid="fx-rates-note">
      {t('marketFx.title')}：
      {used
        .map((r) =>
          t(r.source === 'market' ? 'marketFx.rate' : 'marketFx.settings', {
            currency: r.currency,
            rate: levelText(r.rate),
            date: formats.date(r.date),
          }),
        )
        .join('、')}
      {stale.length > 0 ? (
        <span className="status-badge tone-danger" data-testid="fx-rates-stale" style={{ marginLeft: 8 }}>
          {t('marketFx.stale', { currencies: stale.map((r) => r.currency).join('、') })}
        </span>
      ) : null}
    </Typography.Text>
  );
}
