import { defineText } from './use-text';

/**
 * What the first lessons call each setting their links carry, keyed `<page>.<name in the link>`, so a
 * warning about a bad link names the control a student sees rather than the link's short key. Pages
 * whose widgets already hold these labels (gradient descent, network gradient, training) pass their own.
 */
export const linkFields = defineText({
  ko: {
    'intro.loop': '펼친 단계',
    'mse.y': '예측값 ŷ',
    'mse.t': '정답 클래스',
    'mse.full': '전체 자릿수 보기',
    'cee.y': '확률 ŷ',
    'cee.t': '정답 클래스',
    'cee.delta': 'δ = 10⁻⁷ 더하기',
    'minibatch.set': '데이터',
    'minibatch.cls': '숫자 고르기',
    'minibatch.from': '시작 번호',
    'minibatch.n': '배치 크기 N',
    'minibatch.seed': '시드',
    'minibatch.pred': '예측기',
    'minibatch.conf': '확신도 c',
    'numerical-diff.curve': '함수',
    'numerical-diff.x': '접점 x',
    'numerical-diff.hexp': '간격 h',
    'draw.digit': '시험 이미지 번호',
    'draw.hidden': '은닉층 활성값 보기',
    'glossary.term': '용어',
  },
  en: {
    'intro.loop': 'Opened step',
    'mse.y': 'Predictions ŷ',
    'mse.t': 'True class',
    'mse.full': 'Show every digit',
    'cee.y': 'Probabilities ŷ',
    'cee.t': 'True class',
    'cee.delta': 'Add δ = 10⁻⁷',
    'minibatch.set': 'Set',
    'minibatch.cls': 'Show digit',
    'minibatch.from': 'Start at index',
    'minibatch.n': 'Batch size N',
    'minibatch.seed': 'Seed',
    'minibatch.pred': 'Predictor',
    'minibatch.conf': 'Confidence c',
    'numerical-diff.curve': 'Function',
    'numerical-diff.x': 'Point of tangency x',
    'numerical-diff.hexp': 'Step h',
    'draw.digit': 'Test image number',
    'draw.hidden': 'Show hidden-layer activations',
    'glossary.term': 'Term',
  },
});

type LinkFieldKey = keyof (typeof linkFields)['ko'];
export type LinkFieldPage = LinkFieldKey extends `${infer P}.${string}` ? P : never;

/** One page's names, by the setting's name in the link: `{ y: 'Predictions ŷ', … }`. */
export function pageLinkFields(t: Record<LinkFieldKey, string>, page: LinkFieldPage): Record<string, string> {
  const prefix = `${page}.`;
  return Object.fromEntries(Object.entries(t).filter(([key]) => key.startsWith(prefix)).map(([key, name]) => [key.slice(prefix.length), name]));
}
