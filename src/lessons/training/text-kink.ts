import { defineText } from '../../i18n/use-text';

/** The gradient check's ReLU-kink demo: one flagged weight, measured again with smaller h. */
export const kinkText = defineText({
  ko: {
    title: '꺾인 점 근처의 {name}: h를 줄여 보기',
    distance: '이 가중치를 {distance}만큼만 움직여도 어떤 이미지에서 은닉 뉴런의 입력이 0을 넘어 ReLU가 꺾입니다. 꺾인 점은 지금 값이 아니라 그만큼 떨어진 곳에 있으므로, 지금 값에서 손실은 미분 가능하고 오차역전파의 값이 참값입니다.',
    caption: 'h를 줄여 가며 다시 구한 {name}의 중심 차분',
    colH: 'h',
    colNumerical: '수치 미분',
    colBackprop: '오차역전파',
    colError: '상대 오차',
    colStraddles: '꺾인 점을 건너뜀',
    yes: '예',
    no: '아니요',
    shrink: 'h를 10분의 1로 줄이기',
    verdictBiased: 'h = {h}일 때는 h가 꺾인 점까지의 거리보다 커서, 중심 차분이 꺾인 점 양쪽의 기울기를 거리에 따라 섞은 값을 잽니다. 치우친 쪽은 수치 미분입니다.',
    verdictAgrees: 'h = {h}일 때는 h가 꺾인 점까지의 거리보다 작아서, 중심 차분이 한쪽 기울기만 보고 오차역전파와 맞아떨어집니다.',
    verdictRounding: 'h = {h}일 때는 꺾인 점을 건너뛰지 않지만, 이제는 h가 너무 작아 반올림 오차가 커졌습니다. 수치 미분 단원의 h–오차 그래프에서 본 것과 같은 이유입니다.',
    none: '이번 배치에서는 ReLU의 꺾인 점 때문에 크게 어긋난 매개변수가 없습니다. 학습을 조금 진행하거나 시드를 바꿔 다시 확인해 보세요.',
  },
  en: {
    title: '{name} next to a kink: shrink h',
    distance: 'Moving this weight by only {distance} makes some hidden unit’s input cross 0 on one image, where ReLU bends. The kink lies that far from the current value, not at it, so the loss is differentiable at the current value and backpropagation’s number is the true derivative.',
    caption: 'The central difference of {name}, recomputed with smaller h',
    colH: 'h',
    colNumerical: 'Numerical',
    colBackprop: 'Backprop',
    colError: 'Relative error',
    colStraddles: 'Straddles the kink',
    yes: 'yes',
    no: 'no',
    shrink: 'Shrink h tenfold',
    verdictBiased: 'h = {h} is larger than the distance to the kink, so the central difference measures a distance-weighted mix of the slopes on both sides. The biased number is the numerical one.',
    verdictAgrees: 'h = {h} is smaller than the distance to the kink, so the central difference sees one side only and agrees with backpropagation.',
    verdictRounding: 'h = {h} no longer straddles the kink, but h is now so small that rounding error has grown: the same reason as in the error-against-h chart of the lesson on numerical differentiation.',
    none: 'On this batch no parameter is far off because of a ReLU kink. Train a little or change the seed, and check again.',
  },
});
