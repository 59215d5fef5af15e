import { useCallback } from 'react';
import { translateValidation } from '../../../../shared/i18n/messages';
import { useLanguage } from '../../app/language';
import { serverIssues } from '../../lib/fieldErrors';

type Words = { 'zh-TW': string; en: string };

const isWords = (value: unknown): value is Words =>
  typeof value === 'object' && value !== null && 'zh-TW' in value && 'en' in value;

/**
 * The reasons a refusal from the core carries, in the screen's language: words ({zh-TW, en}),
 * findings (their message), or validation issues (their key translated, the field named).
 */
export function useBlockingReasons(): (details: unknown) => string[] {
  const { language } = useLanguage();
  return useCallback(
    (details: unknown) => {
      if (typeof details !== 'object' || details === null) return [];
      const lists = ['reasons', 'blocking', 'findings'].flatMap((key) => {
        const value = (details as Record<string, unknown>)[key];
        return Array.isArray(value) ? (value as unknown[]) : [];
      });
      const said = lists.flatMap((entry) => {
        if (typeof entry === 'string') return [translateValidation(entry, language)];
        if (isWords(entry)) return [entry[language]];
        if (typeof entry === 'object' && entry !== null && 'message' in entry && isWords(entry.message))
          return [entry.message[language]];
        return [];
      });
      const issues = serverIssues(details).map((issue) => translateValidation(issue.message, language));
      return [...new Set([...said, ...issues])];
    },
    [language],
  );
}
