/** Screen text of the placeholders feature in Traditional Chinese (the default). */
export const zhTW = {
  'nav.briefings': '市場簡報',
  'placeholder.comingSoon': '「{{module}}」模組即將推出，敬請期待。',
} as const satisfies Record<string, string>;
