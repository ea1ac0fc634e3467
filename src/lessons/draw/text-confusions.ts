import { defineText } from '../../i18n/use-text';

/** Strings of the gallery of classic confusions from the MNIST test set. */
export const confusionsText = defineText({
  ko: {
    title: '자주 헷갈리는 숫자 (MNIST 시험 이미지)',
    body: '사람도 신경망도 자주 섞는 쌍입니다: 위가 열린 4와 9, 받침이 있는 2와 7, 세리프가 있는 1과 7, 윗부분이 평평한 5와 3. 각 쌍마다 지금 모델이 두 번째 숫자일 확률을 가장 높게 준 시험 이미지를 골랐습니다. 모델이 바뀌면 고르는 이미지도 바뀝니다.',
    load: 'MNIST 불러와서 보기',
    loading: 'MNIST를 불러오는 중…',
    failed: 'MNIST를 불러오지 못해 갤러리를 보여 줄 수 없습니다.',
    noModel: '먼저 위에서 모델을 학습하면 이 모델이 헷갈리는 이미지를 보여 줍니다.',
    pair: '{a} → {b}',
    pairTitle: '{a}인데 {b}(으)로 읽힐 뻔한 이미지',
    none: '이 모델은 {a} 이미지를 {b}(으)로 읽은 적이 없습니다. 그에 가장 가까웠던 이미지들입니다.',
    misread: '{b}(으)로 잘못 읽음',
    nearMiss: '맞게 읽음',
    caption: '시험 이미지 {index} · 정답 {a} · 모델: {top} ({pTop}) · {b}일 확률 {pB}',
    imageLabel: 'MNIST 시험 이미지 {index}, 정답 {a}',
  },
  en: {
    title: 'Classic confusions (MNIST test images)',
    body: 'Pairs that people and networks often mix up: a 4 open at the top and a 9, a 2 and a 7 with a foot, a 1 with a serif and a 7, a flat-topped 5 and a 3. For each pair these are the test images to which the current model gives the most probability of the second digit. Another model picks other images.',
    load: 'Load MNIST and show',
    loading: 'Loading MNIST…',
    failed: 'MNIST could not be loaded, so the gallery cannot be shown.',
    noModel: 'Train a model above first, and this shows the images that model confuses.',
    pair: '{a} → {b}',
    pairTitle: 'A {a} nearly read as {b}',
    none: 'This model read no {a} as {b}; these come closest.',
    misread: 'misread as {b}',
    nearMiss: 'read correctly',
    caption: 'Test image {index} · label {a} · model: {top} ({pTop}) · probability of {b} {pB}',
    imageLabel: 'MNIST test image {index}, label {a}',
  },
});
