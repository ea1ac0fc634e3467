import { defineText } from '../../i18n/use-text';

/** Labels of the one-weight central difference. */
export const probeText = defineText({
  ko: {
    pixel: '픽셀 i (0–783)',
    unit: '은닉 뉴런 j (0–{max})',
    weight: 'W1[{i}, {j}]의 지금 값 θ',
    loss: '이 배치의 손실 L(θ)',
    plus: 'L(θ + h)',
    minus: 'L(θ − h)',
    numerical: '(L(θ + h) − L(θ − h)) / 2h',
    backprop: '오차역전파의 ∂L/∂W1[{i}, {j}]',
    inked: '픽셀 {i}에 잉크가 있는 이미지',
    inkedValue: '{n}장 중 {k}장',
    zero: '이 배치의 어느 이미지에서도 픽셀 {i}의 값이 0이라서 두 손실이 정확히 같고, 기울기도 정확히 0입니다.',
    waiting: 'MNIST를 불러오면 계산합니다.',
    caption: '첫 미니배치(시드 {seed}, 배치 {n})에서 h = 10⁻⁴로 구한 값',
  },
  en: {
    pixel: 'Pixel i (0–783)',
    unit: 'Hidden unit j (0–{max})',
    weight: 'Current value θ of W1[{i}, {j}]',
    loss: 'Loss of this batch L(θ)',
    plus: 'L(θ + h)',
    minus: 'L(θ − h)',
    numerical: '(L(θ + h) − L(θ − h)) / 2h',
    backprop: 'Backpropagation’s ∂L/∂W1[{i}, {j}]',
    inked: 'Images with ink at pixel {i}',
    inkedValue: '{k} of {n}',
    zero: 'Pixel {i} is 0 in every image of this batch, so the two losses are exactly equal and the gradient is exactly 0.',
    waiting: 'This is computed once MNIST has loaded.',
    caption: 'On the first mini-batch (seed {seed}, batch {n}), with h = 10⁻⁴',
  },
});
