import { useMemo } from 'react';
import { dateSettingsOf } from '../../../shared/features/settings';
import {
  formatDate,
  formatDay,
  formatMonth,
  formatTimestamp,
  type DateForm,
} from '../../../shared/kernel/dates';
import {
  formatMoney,
  formatTotal,
  formatTwd,
  type Currency,
  type TwdTotal,
} from '../../../shared/kernel/money';
import { datePickerFormats } from '../lib/dayjsRoc';
import { useLanguage } from './language';
import { MONEY_MASK, usePrivacy } from './privacy';
import { useSettings } from './settings';

/**
 * Money and dates in the screen's language and the firm's settings (date style, time zone), all
 * through shared/kernel so the screen, the PDF and the CLI write them alike.
 * With the privacy toggle on, every amount is the mask (percentages are not amounts: untouched).
 * Tables use the compact date form (115/11/30); pages that read like a document the long one.
 */
export function useFormats() {
  const { language } = useLanguage();
  const { settings } = useSettings();
  const { hideAmounts } = usePrivacy();
  return useMemo(() => {
    const dates = dateSettingsOf(settings, language);
    // The privacy toggle: amounts become the mask here, before they reach the page.
    const amount = (write: () => string) => (hideAmounts ? MONEY_MASK : write());
    return {
      twd: (value: number) => amount(() => formatTwd(value, language)),
      money: (value: number, currency: Currency) => amount(() => formatMoney(value, currency, language)),
      total: (total: TwdTotal) => amount(() => formatTotal(total, language)),
      date: (isoDate: string, form: DateForm = 'compact') => formatDate(isoDate, dates, form),
      day: (instant: string, form: DateForm = 'compact') => formatDay(instant, dates, form),
      /** A calendar month (YYYY-MM): 115/10 in ROC. */
      month: (isoMonth: string) => formatMonth(isoMonth, dates),
      timestamp: (instant: string, form: DateForm = 'compact', seconds = false) =>
        formatTimestamp(instant, dates, form, { seconds }),
      /**
       * For antd's DatePicker: shows the date in the user's style (115/11/30 in ROC) and reads a
       * typed ISO or ROC date.
       */
      picker: datePickerFormats(dates.style),
    };
  }, [language, settings, hideAmounts]);
}

export type Formats = ReturnType<typeof useFormats>;
