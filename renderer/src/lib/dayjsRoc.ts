import dayjs, { type PluginFunc } from 'dayjs';
import customParseFormat from 'dayjs/plugin/customParseFormat';
import { readDate } from '../../../shared/kernel/dates';

/**
 * A parse "format" that reads what a user types the way shared/kernel/dates reads it: ISO, ROC
 * (115/11/30, 民國115年11月30日) or Excel's 2026/11/30. antd's DatePicker parses typed text only
 * through dayjs format strings, and dayjs knows no ROC year; listing this token among the picker's
 * formats lets the typed ROC date through. A dayjs escape, so it never matches text by itself.
 */
export const READ_DATE_FORMAT = '[read-date]';

const readDatePlugin: PluginFunc = (_options, Dayjs) => {
  const proto = Dayjs.prototype as unknown as { parse: (cfg: ParseConfig) => void };
  const parse = proto.parse;
  proto.parse = function (this: unknown, cfg: ParseConfig) {
    const [text, format] = cfg.args;
    if (format === READ_DATE_FORMAT && typeof text === 'string') {
      const iso = readDate(text);
      // A date-only ISO string parses as local midnight; anything unreadable as an invalid date.
      cfg.date = iso ?? Number.NaN;
      cfg.args = [cfg.date];
    }
    parse.call(this, cfg);
  };
};

interface ParseConfig {
  date: unknown;
  args: unknown[];
}

// customParseFormat first (antd adds it too; dayjs installs a plugin once), so this wraps it.
dayjs.extend(customParseFormat);
dayjs.extend(readDatePlugin);
