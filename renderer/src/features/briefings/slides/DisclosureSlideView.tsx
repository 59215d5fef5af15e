import { disclosureSlide, type DisclosureFacts } from '../../../../../shared/features/briefings';
import { useLanguage } from '../../../app/language';
import { useFormats } from '../../../app/useFormats';
import { SlideFrame } from './SlideFrame';
import { SlideHeading } from './parts';
import type { SlidePalette } from './theme';

/**
 * The disclosure slide every deck ends with, written by the shared disclosureSlide (the PDF's
 * words): general warnings, each product's risks, each series' source and date. It is long, so
 * its type is smaller than a content slide's and it is set in two columns.
 */
export function DisclosureSlideView({
  disclosure,
  width,
  palette = 'standard',
}: {
  disclosure: DisclosureFacts;
  width: number;
  palette?: SlidePalette;
}) {
  const { language } = useLanguage();
  const formats = useFormats();
  const slide = disclosureSlide(disclosure, language, (date) => formats.date(date));
  return (
    <SlideFrame width={width} palette={palette} label={slide.heading} testId="slide-disclosure">
      {(theme) => {
        const small = {
          margin: '0 0 6px',
          fontSize: theme.body * 0.55,
          lineHeight: 1.35,
          fontWeight: theme.weight,
        } as const;
        return (
          <>
            <SlideHeading theme={theme}>{slide.heading}</SlideHeading>
            <div style={{ columnCount: 2, columnGap: 40, flex: 1, minHeight: 0, overflow: 'hidden' }}>
              {slide.general.map((line, i) => (
                <p key={`g${i}`} style={small}>
                  {line}
                </p>
              ))}
              {slide.products.map((product) => (
                <div key={product.heading} style={{ breakInside: 'avoid' }}>
                  <p style={{ ...small, fontWeight: 700, marginTop: 10 }}>{product.heading}</p>
                  {product.maxLoss ? <p style={{ ...small, fontWeight: 700 }}>{product.maxLoss}</p> : null}
                  {product.statements.map((line, i) => (
                    <p key={i} style={small}>
                      {line}
                    </p>
                  ))}
                </div>
              ))}
              {slide.sources.length > 0 ? (
                <>
                  <p style={{ ...small, fontWeight: 700, marginTop: 10 }}>{slide.sourcesHeading}</p>
                  {slide.sources.map((line, i) => (
                    <p key={`s${i}`} style={small}>
                      {line}
                    </p>
                  ))}
                </>
              ) : null}
              {slide.firmDisclaimer ? (
                <p style={{ ...small, marginTop: 10 }}>{slide.firmDisclaimer}</p>
              ) : null}
            </div>
          </>
        );
      }}
    </SlideFrame>
  );
}
