import { Space } from 'antd';
import { useTranslation } from 'react-i18next';
import type { SeriesSummary } from '../../../../shared/features/market-data';
import { useFormats } from '../../app/useFormats';

/** 範例資料 for sample series and 過期 (with the last date) for stale ones: words, not colour alone. */
export function SeriesBadges({ series }: { series: SeriesSummary }) {
  const { t } = useTranslation();
  const formats = useFormats();
  const { state } = series.freshness;
  return (
    <Space size={4} wrap>
      {state === 'stale' && series.lastDate ? (
        <span className="status-badge tone-danger" data-testid={`market-stale-${series.code}`}>
          {t('market.staleSince', { date: formats.date(series.lastDate) })}
        </span>
      ) : null}
      {state === 'empty' ? <span className="status-badge">{t('market.noData')}</span> : null}
      {series.sample ? (
        <span className="status-badge demo-badge" data-testid={`market-sample-${series.code}`}>
          {t('market.sample')}
        </span>
      ) : null}
    </Space>
  );
}
