import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { POLL } from './browser-host';

/**
 * An option of an antd Select's dropdown once the dropdown has finished opening. The dropdown
 * slides in for about 0.2 s (and may flip above its field); an option clicked while it moves can
 * miss on a loaded machine, leaving the old value (seen in CI). So tests click only options of a
 * dropdown with no motion class left on it.
 */
export const DROPDOWN_OPTION =
  '.ant-select-dropdown:visible:not([class*="-appear"]):not([class*="-enter"]):not([class*="-leave"]) .ant-select-item-option';

/** The open dropdown's options whose text holds `text`. */
export function dropdownOption(page: Page, text: string): Locator {
  return page.locator(DROPDOWN_OPTION).filter({ hasText: text });
}

/** Opens the single Select with data-testid `testId`, picks the first option holding `option` and waits until the field shows it. */
export async function pickOption(page: Page, testId: string, option: string): Promise<void> {
  const select = page.getByTestId(testId);
  await select.click();
  await dropdownOption(page, option).first().click();
  await expect.poll(() => select.innerText(), POLL).toContain(option);
}
