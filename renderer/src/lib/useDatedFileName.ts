import { fileNameDate } from '../../../shared/kernel/dates';
import { useSettings } from '../app/settings';

/** An export's file name, 客戶名冊_1151130.csv: the base name and today in the user's time zone and date style. */
export function useDatedFileName(): (baseName: string, extension: string) => string {
  const { dateFormat, timeZone } = useSettings().settings;
  return (baseName, extension) =>
    `${baseName}_${fileNameDate(new Date(), dateFormat, timeZone)}.${extension}`;
}
