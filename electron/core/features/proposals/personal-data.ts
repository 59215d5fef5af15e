import { PROPOSAL_KIND_WORDS, PROPOSAL_STATE_WORDS } from '../../../../shared/features/proposals';
import type { Language } from '../../../../shared/i18n/messages';
import { today } from '../../../../shared/kernel/dates';
import type { CoreContext } from '../../kernel/context';
import { NO_VALUE, type PersonalDataSource, type PersonalDataWords } from '../../kernel/personal-data';
import { ProposalsRepository } from './repository';
import { displayNumber, stateOn } from './service';
import type { ProposalSources } from './sources';

export const PROPOSAL_DATA_WORDS: Readonly<Record<Language, PersonalDataWords>> = {
  'zh-TW': {
    title: '投資建議書',
    file: '投資建議書',
    header: [
      '編號',
      '類別',
      '標題',
      '建議書狀態',
      '提出日期',
      '決定日期',
      '建議商品與金額',
      '客戶接受之商品',
    ],
  },
  en: {
    title: 'Proposals',
    file: 'proposals',
    header: [
      'Number',
      'Kind',
      'Title',
      'State',
      'Presented on',
      'Decided on',
      'Products and amounts',
      'Accepted',
    ],
  },
};

/**
 * The client's proposals (drafts too: they are the client's data while they exist) with their
 * state today, the products and amounts proposed and the client's decision.
 */
export function proposalsPersonalData(context: CoreContext, sources: ProposalSources): PersonalDataSource {
  const repository = context.perDatabase((db) => new ProposalsRepository(db));
  return {
    key: 'proposals',
    words: PROPOSAL_DATA_WORDS,
    read({ clientId, formats: f }) {
      const day = today(context.settings().timeZone, new Date(context.now()));
      const records = repository().list({ clientId });
      const ids = [...new Set(records.flatMap((r) => r.content.items.map((i) => i.productId)))];
      const products = new Map(sources.productsByIds(ids).map((p) => [p.id, p]));
      const nameOf = (id: string) => {
        const product = products.get(id);
        if (!product) return id;
        return f.language === 'en' ? (product.nameEn ?? product.nameZh) : product.nameZh;
      };
      const separator = f.language === 'en' ? '; ' : '；';
      const proposals = records.map((r) => ({
        number: displayNumber(r.number, r.revision),
        kind: r.content.kind,
        title: r.content.title,
        state: stateOn(r, day),
        createdAt: r.createdAt,
        presentedOn: r.presentedOn,
        expiresOn: r.expiresOn,
        items: r.content.items.map((item) => ({
          productId: item.productId,
          productName: nameOf(item.productId),
          weight: item.weight,
          amountTwd: r.investableTwd === null ? null : Math.round(item.weight * r.investableTwd),
        })),
        decision: r.decision,
      }));
      return {
        rows: proposals.map((p) => [
          p.number,
          f.words(PROPOSAL_KIND_WORDS[p.kind]),
          p.title,
          f.words(PROPOSAL_STATE_WORDS[p.state]),
          f.date(p.presentedOn),
          f.date(p.decision?.decidedOn ?? null),
          p.items.map((i) => `${i.productName} ${f.twd(i.amountTwd)}`).join(separator),
          p.decision === null
            ? NO_VALUE
            : p.decision.acceptedProductIds.map(nameOf).join(separator) || NO_VALUE,
        ]),
        value: proposals,
      };
    },
  };
}
