import { useLanguage } from '../../app/language';
import { useSettings } from '../../app/settings';

/** A tier's name in the screen's language, from the firm's settings (a removed key shows as itself). */
export function useTierName(): (key: string) => string {
  const { language } = useLanguage();
  const { tiers } = useSettings().settings;
  return (key) => tiers.tiers.find((tier) => tier.key === key)?.name[language] ?? key;
}
