import { z } from 'zod';
import type { AuditWords } from '../../ipc/define';

/**
 * Investor classes (domain.md): a general investor by default; a professional investor (natural
 * person or legal entity) or a high-asset client once the evidence is checked and the class is in
 * effect. A professional investor gives up the Financial Consumer Protection Act's protections.
 */
export const INVESTOR_CLASSES = [
  'general',
  'professional_natural',
  'professional_entity',
  'high_asset',
] as const;
export type InvestorClass = (typeof INVESTOR_CLASSES)[number];
export const investorClassSchema = z.enum(INVESTOR_CLASSES);

export const INVESTOR_CLASS_WORDS: Readonly<Record<InvestorClass, AuditWords>> = {
  general: { 'zh-TW': '一般投資人', en: 'General investor' },
  professional_natural: { 'zh-TW': '專業投資人（自然人）', en: 'Professional investor (natural person)' },
  professional_entity: { 'zh-TW': '專業投資人（法人）', en: 'Professional investor (legal entity)' },
  high_asset: { 'zh-TW': '高資產客戶', en: 'High-asset client' },
};

export function isProfessional(investorClass: InvestorClass): boolean {
  return investorClass === 'professional_natural' || investorClass === 'professional_entity';
}
