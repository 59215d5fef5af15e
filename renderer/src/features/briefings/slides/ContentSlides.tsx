import { useTranslation } from 'react-i18next';
import type { Block, ResolvedData } from '../../../../../shared/features/briefings';
import {
  PRODUCT_TYPE_WORDS,
  riskRatingLabel,
  type ProductType,
} from '../../../../../shared/features/products';
import { useLanguage } from '../../../app/language';
import { useFormats } from '../../../app/useFormats';
import { EmptyNote, SlideHeading } from './parts';
import type { SlideTheme } from './theme';

/** The slides drawn from words and pictures: title, text, image and product spotlight. */

type BlockOf<K extends Block['kind']> = Extract<Block, { kind: K }>;
type DataOf<K extends ResolvedData['kind']> = Extract<ResolvedData, { kind: K }>;

export function TitleSlide({
  block,
  data,
  theme,
}: {
  block: BlockOf<'title'>;
  data: DataOf<'title'>;
  theme: SlideTheme;
}) {
  const { t } = useTranslation();
  const formats = useFormats();
  return (
    <div style={{ display: 'flex', flexDirection: 'column', justifyContent: 'center', height: '100%' }}>
      <div style={{ display: 'flex', alignItems: 'center', gap: 24, marginBottom: 48 }}>
        {data.logoDataUrl ? (
          <img src={data.logoDataUrl} alt={data.firmName} style={{ maxHeight: 96, maxWidth: 320 }} />
        ) : null}
        <p style={{ margin: 0, fontSize: theme.body * 1.1, fontWeight: 700, color: theme.accent }}>
          {data.firmName}
        </p>
      </div>
      <p style={{ margin: '0 0 16px', fontSize: theme.body * 2.4, fontWeight: 700, lineHeight: 1.2 }}>
        {block.title}
      </p>
      {block.subtitle ? (
        <p style={{ margin: '0 0 40px', fontSize: theme.body * 1.3, color: theme.muted }}>{block.subtitle}</p>
      ) : null}
      <p style={{ margin: '0 0 8px', fontSize: theme.body, fontWeight: theme.weight }}>
        {[
          data.advisorName ? t('deckSlide.advisor', { name: data.advisorName }) : null,
          formats.date(data.date, 'long'),
        ]
          .filter(Boolean)
          .join(' · ')}
      </p>
      {data.clientName ? (
        <p
          style={{ margin: 0, fontSize: theme.body, fontWeight: theme.weight }}
          data-testid="slide-client-name"
        >
          {t('deckSlide.preparedFor', { name: data.clientName })}
        </p>
      ) : null}
    </div>
  );
}

export function TextSlide({ block, theme }: { block: BlockOf<'text'>; theme: SlideTheme }) {
  const bullets = block.bullets.filter((b) => b.trim() !== '');
  return (
    <>
      <SlideHeading theme={theme}>{block.heading}</SlideHeading>
      <ul
        style={{
          margin: 0,
          paddingLeft: 40,
          fontSize: theme.body * 1.1,
          fontWeight: theme.weight,
          lineHeight: 1.5,
        }}
      >
        {bullets.map((bullet, i) => (
          <li key={i} style={{ marginBottom: 12 }}>
            {bullet}
          </li>
        ))}
      </ul>
    </>
  );
}

export function ImageSlide({
  block,
  data,
  theme,
}: {
  block: BlockOf<'image'>;
  data: DataOf<'image'>;
  theme: SlideTheme;
}) {
  const { t } = useTranslation();
  return (
    <figure
      style={{ margin: 0, display: 'flex', flexDirection: 'column', alignItems: 'center', height: '100%' }}
    >
      {data.mime && data.dataBase64 ? (
        <img
          src={`data:${data.mime};base64,${data.dataBase64}`}
          alt={block.alt}
          style={{ flex: 1, minHeight: 0, maxWidth: '100%', objectFit: 'contain' }}
        />
      ) : (
        <EmptyNote theme={theme} text={t('deckSlide.imageMissing')} />
      )}
      {block.caption ? (
        <figcaption style={{ marginTop: 16, fontSize: theme.body * 0.9, color: theme.muted }}>
          {block.caption}
        </figcaption>
      ) : null}
    </figure>
  );
}

const isProductType = (type: string): type is ProductType => type in PRODUCT_TYPE_WORDS;

export function ProductSpotlightSlide({
  block,
  data,
  theme,
}: {
  block: BlockOf<'productSpotlight'>;
  data: DataOf<'productSpotlight'>;
  theme: SlideTheme;
}) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const product = data.product;
  if (!product) return <EmptyNote theme={theme} text={t('deckSlide.productMissing')} />;
  const name = language === 'en' && product.nameEn ? product.nameEn : product.nameZh;
  const percent = (value: number | null) => (value === null ? null : `${value}%`);
  const fees = [
    ['deckSlide.frontLoad', percent(product.fees.frontLoadPercent)],
    ['deckSlide.management', percent(product.fees.managementPercent)],
    ['deckSlide.custody', percent(product.fees.custodyPercent)],
    ['deckSlide.switching', product.fees.switchingFee],
    ['deckSlide.earlyRedemption', product.fees.earlyRedemption],
  ].filter((fee): fee is [string, string] => fee[1] !== null && fee[1] !== '');
  const small = { margin: '0 0 8px', fontSize: theme.body * 0.85, fontWeight: theme.weight } as const;
  return (
    <>
      <SlideHeading theme={theme}>{name}</SlideHeading>
      <p style={{ ...small, color: theme.muted }}>
        {product.code} ·{' '}
        {isProductType(product.type) ? PRODUCT_TYPE_WORDS[product.type][language] : product.type} ·{' '}
        {t('deckSlide.issuer')} {product.issuer} · {product.currency}
      </p>
      <div style={{ display: 'flex', gap: 40, flex: 1, minHeight: 0 }}>
        <div style={{ flex: 1 }}>
          <p style={{ ...small, fontSize: theme.body * 1.2, fontWeight: 700 }}>
            {t('deckSlide.riskRating')} {riskRatingLabel(product.riskRating)}
            {product.isComplex ? ` · ${t('deckSlide.complex')}` : ''}
          </p>
          {product.maxLossStatement ? (
            <p style={{ ...small, fontWeight: 700, border: `3px solid ${theme.rule}`, padding: 12 }}>
              {t('deckSlide.maxLoss')}：{product.maxLossStatement}
            </p>
          ) : null}
          {fees.length > 0 ? (
            <p style={small}>
              {t('deckSlide.fees')}：{fees.map(([key, value]) => t(key, { value })).join('；')}
            </p>
          ) : null}
          {product.dividendFromPrincipal ? <p style={small}>{t('deckSlide.dividendFromPrincipal')}</p> : null}
          {block.commentary ? <p style={{ ...small, marginTop: 16 }}>{block.commentary}</p> : null}
        </div>
        {product.riskDisclosureBlocks.length > 0 ? (
          <div style={{ flex: 1 }}>
            <p style={{ ...small, fontWeight: 700 }}>{t('deckSlide.keyRisks')}</p>
            <ul style={{ margin: 0, paddingLeft: 28, fontSize: theme.body * 0.72, lineHeight: 1.4 }}>
              {product.riskDisclosureBlocks.slice(0, 6).map((risk, i) => (
                <li key={i}>{risk}</li>
              ))}
            </ul>
          </div>
        ) : null}
      </div>
    </>
  );
}
