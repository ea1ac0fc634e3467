import { useLanguage, localeOf } from '../../i18n/language';
import { useMnist } from '../../state/mnist';

/** The evaluation subsets hold this many images of each set (fewer when a set is smaller). */
const SUBSET = 1000;

/** Image counts of the data set in use (MNIST's until one is loaded), formatted for captions. */
export function useDataCounts(): Record<'train' | 'test' | 'trainSubset' | 'testSubset', string> {
  const lang = useLanguage((s) => s.lang);
  const train = useMnist((s) => s.dataset?.train.count ?? 60_000);
  const test = useMnist((s) => s.dataset?.test.count ?? 10_000);
  const format = (n: number) => n.toLocaleString(localeOf(lang));
  return { train: format(train), test: format(test), trainSubset: format(Math.min(SUBSET, train)), testSubset: format(Math.min(SUBSET, test)) };
}
