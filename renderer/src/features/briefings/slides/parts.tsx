import type { CSSProperties, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { SeriesRef } from '../../../../../shared/features/briefings';
import { useLanguage } from '../../../app/language';
import { useFormats } from '../../../app/useFormats';
import type { SlideTheme } from './theme';

/** A slide's heading: large, at the top, in the theme's weight. */
export function SlideHeading({ theme, children }: { theme: SlideTheme; children: ReactNode }) {
  return (
    <p style={{ margin: '0 0 24px', fontSize: theme.body * 1.6, fontWeight: 700, lineHeight: 1.25 }}>
      {children}
    </p>
  );
}

/** Small print at the foot of a slide (sources, dates, notes). */
export function FootNote({ theme, children }: { theme: SlideTheme; children: ReactNode }) {
  return (
    <p
      style={{
        margin: '12px 0 0',
        fontSize: theme.body * 0.62,
        color: theme.muted,
        fontWeight: theme.weight,
      }}
    >
      {children}
    </p>
  );
}

export function EmptyNote({ theme, text }: { theme: SlideTheme; text: string }) {
  return <p style={{ fontSize: theme.body, color: theme.muted, margin: 0 }}>{text}</p>;
}

/** A series' name in the screen's language. */
export function useSeriesName(): (series: Pick<SeriesRef, 'code' | 'nameZh' | 'nameEn' | 'known'>) => string {
  const { t } = useTranslation();
  const { language } = useLanguage();
  return (series) =>
    !series.known
      ? t('deckSlide.unknownSeries', { code: series.code })
      : language === 'zh-TW'
        ? series.nameZh
        : series.nameEn;
}

/** Where the numbers come from and up to when, one line per source; 範例資料 when shipped samples. */
export function SourcesNote({ theme, series }: { theme: SlideTheme; series: readonly SeriesRef[] }) {
  const { t } = useTranslation();
  const formats = useFormats();
  const known = series.filter((s) => s.known);
  if (known.length === 0) return null;
  const lastDate = known
    .map((s) => s.lastDate)
    .filter((d): d is string => d !== null)
    .sort()
    .at(-1);
  const sources = [...new Set(known.map((s) => s.source))].join('、');
  const sample = known.some((s) => s.sample);
  return (
    <FootNote theme={theme}>
      {t('deckSlide.sourceLine', { source: sources, date: lastDate ? formats.date(lastDate) : '—' })}
      {sample ? <strong data-testid="slide-sample-note">{` · ${t('deckSlide.sample')}`}</strong> : null}
    </FootNote>
  );
}

/** A plain table with large type, ruled in the theme's colour. */
export function SlideTable({
  theme,
  head,
  rows,
  numeric,
}: {
  theme: SlideTheme;
  head: readonly string[];
  rows: readonly (readonly ReactNode[])[];
  /** Columns (by index) whose cells are numbers, right-aligned. */
  numeric: ReadonlySet<number>;
}) {
  const cell = (i: number): CSSProperties => ({
    padding: '8px 14px',
    borderBottom: `${theme.palette === 'projection' ? 2 : 1}px solid ${theme.rule}`,
    textAlign: numeric.has(i) ? 'right' : 'left',
    fontVariantNumeric: 'tabular-nums',
  });
  return (
    <table style={{ borderCollapse: 'collapse', width: '100%', fontSize: theme.body * 0.85 }}>
      <thead>
        <tr>
          {head.map((h, i) => (
            <th key={h} scope="col" style={{ ...cell(i), fontWeight: 700 }}>
              {h}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row, r) => (
          <tr key={r}>
            {row.map((value, i) => (
              <td key={i} style={{ ...cell(i), fontWeight: theme.weight }}>
                {value}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
