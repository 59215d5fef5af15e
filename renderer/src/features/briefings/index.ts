export { briefingsLocales } from './locales';
export { briefingRoutes } from './routes';
export { briefingPaths } from './paths';
export { SlideView } from './slides/SlideView';
export { DisclosureSlideView } from './slides/DisclosureSlideView';
export { SLIDE_PALETTES, type SlidePalette } from './slides/theme';
