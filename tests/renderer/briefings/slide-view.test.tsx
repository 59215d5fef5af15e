// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { SettingsProvider } from '../../../renderer/src/app/settings';
import { DisclosureSlideView, SlideView } from '../../../renderer/src/features/briefings';
import { appCore, mount } from '../harness';
import { RESOLVED, resolvedDeck } from './fixtures';

describe('SlideView', () => {
  let view: ReturnType<typeof mount>;
  afterEach(() => view.unmount());

  async function draw(ui: React.ReactNode) {
    view = mount(appCore().api);
    await view.render(<SettingsProvider>{ui}</SettingsProvider>);
  }

  it('draws every block kind at 16:9 with its words and figures', async () => {
    await draw(RESOLVED.map((slide) => <SlideView key={slide.id} slide={slide} width={640} />));
    const slides = [...document.querySelectorAll<HTMLElement>('[data-testid="slide-view"]')];
    expect(slides).toHaveLength(RESOLVED.length);
    for (const slide of slides) {
      expect(slide.style.width).toBe('640px');
      expect(slide.style.height).toBe('360px');
    }
    const text = view.text();
    for (const words of [
      '安心理財顧問',
      '本週觀點',
      '股市：偏多',
      '台股走勢',
      '量縮整理',
      '+2.1%',
      '18.0%',
      '-20.0%',
      '32.415',
      '美元連動債',
      'RR4',
      '最大損失為本金 100%',
      '找不到圖片',
    ]) {
      expect(text, words).toContain(words);
    }
    // The market chart and the allocation charts are the shared SVG charts.
    expect(slides[3]!.querySelector('svg')).not.toBeNull();
    expect(slides[6]!.querySelector('svg')).not.toBeNull();
    // Sample data is said on the slide.
    expect(slides[3]!.querySelector('[data-testid="slide-sample-note"]')?.textContent).toContain('範例資料');
  });

  it('shows no client name when the core redacted it, and the name when revealed', async () => {
    await draw(<SlideView slide={RESOLVED[0]!} width={320} />);
    expect(view.byTestId('slide-client-name')).toBeNull();
    view.unmount();
    const revealed = {
      ...RESOLVED[0]!,
      data: { ...RESOLVED[0]!.data, clientName: '陳美玲' },
    } as (typeof RESOLVED)[0];
    await draw(<SlideView slide={revealed} width={320} />);
    expect(view.byTestId('slide-client-name')?.textContent).toContain('陳美玲');
  });

  it('has a projection palette with larger, heavier type', async () => {
    await draw(
      <>
        <SlideView slide={RESOLVED[1]!} width={640} />
        <SlideView slide={RESOLVED[1]!} width={640} palette="projection" />
      </>,
    );
    const [standard, projection] = [
      ...document.querySelectorAll<HTMLElement>('[data-testid="slide-view"] ul'),
    ];
    expect(parseFloat(projection!.style.fontSize)).toBeGreaterThan(parseFloat(standard!.style.fontSize));
    expect(Number(projection!.style.fontWeight)).toBeGreaterThan(Number(standard!.style.fontWeight));
    expect(document.querySelectorAll('[data-palette="projection"]')).toHaveLength(1);
  });

  it('draws the disclosure slide from the shared words, with each source and its date', async () => {
    await draw(<DisclosureSlideView disclosure={resolvedDeck(RESOLVED).disclosure} width={640} />);
    const text = view.byTestId('slide-disclosure')!.textContent;
    expect(text).toContain('重要揭露事項');
    expect(text).toContain('TWSE');
    expect(text).toContain('範例資料');
  });
});
