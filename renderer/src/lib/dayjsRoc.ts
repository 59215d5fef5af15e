import dayjs, { type PluginFunc } from 'dayjs';
import customParseFormat from 'dayjs/plugin/customParseFormat';
import { formatDate, readDate, type DateStyle } from '../../../shared/kernel/dates';

/**
 * A parse "format" that reads what a user types the way shared/kernel/dates reads it: ISO, ROC
 * (115/11/30, 民國115年11月30日) or Excel's 2026/11/30. antd's DatePicker parses typed text only
 * through dayjs format strings, and dayjs knows no ROC year; listing this token among the picker's
 * formats lets the typed ROC date through. A dayjs escape, so it never matches text by itself.
 */
export const READ_DATE_FORMAT = '[read-date]';

/**
 * A display "format" writing the compact ROC date (115/11/30). antd makes a picker's input
 * read-only when its first format is a function, so the ROC display is a dayjs token instead:
 * the user can still type a date. It also reads what it writes.
 */
export const ROC_DATE_FORMAT = '[roc-date]';

const ISO_FORMAT = 'YYYY-MM-DD';

/** The DatePicker formats for a date style: shown in that style, typed in ISO or ROC. */
export function datePickerFormats(style: DateStyle): string[] {
  return style === 'roc' ? [ROC_DATE_FORMAT, ISO_FORMAT, READ_DATE_FORMAT] : [ISO_FORMAT, READ_DATE_FORMAT];
}

const readDatePlugin: PluginFunc = (_options, Dayjs) => {
  const proto = Dayjs.prototype as unknown as {
    parse: (cfg: ParseConfig) => void;
    format: (this: { format: (f?: string) => string }, formatText?: string) => string;
  };
  const parse = proto.parse;
  proto.parse = function (this: unknown, cfg: ParseConfig) {
    const [text, format] = cfg.args;
    if ((format === READ_DATE_FORMAT || format === ROC_DATE_FORMAT) && typeof text === 'string') {
      const iso = readDate(text);
      // A date-only ISO string parses as local midnight; anything unreadable as an invalid date.
      cfg.date = iso ?? Number.NaN;
      cfg.args = [cfg.date];
    }
    parse.call(this, cfg);
  };
  const format = proto.format;
  proto.format = function (formatText) {
    if (formatText !== ROC_DATE_FORMAT) return format.call(this, formatText);
    return formatDate(format.call(this, ISO_FORMAT), { style: 'roc', language: 'zh-TW' }, 'compact');
  };
};

interface ParseConfig {
  date: unknown;
  args: unknown[];
}

// customParseFormat first (antd adds it too; dayjs installs a plugin once), so this wraps it.
dayjs.extend(customParseFormat);
dayjs.extend(readDatePlugin);
