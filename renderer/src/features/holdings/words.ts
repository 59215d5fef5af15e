import { useLanguage } from '../../app/language';
import { CUSTODIAN_WORDS, type Custodian } from '../../../../shared/features/holdings';
import { ASSET_CLASS_WORDS, type AssetClassId } from '../../../../shared/features/products';

/** Custodian and asset-class words from their one home in shared, in the screen's language. */
export function useHoldingsWords() {
  const { language } = useLanguage();
  return {
    custodian: (c: Custodian) => CUSTODIAN_WORDS[c][language],
    assetClass: (a: AssetClassId) => ASSET_CLASS_WORDS[a][language],
  };
}
