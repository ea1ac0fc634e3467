import { defineText } from '../../i18n/use-text';

export const checksText = defineText({
  ko: {
    'inputs.question': '판에 그린 그림은 판의 크기와 상관없이 몇 개의 숫자가 되어 신경망에 들어갈까요?',
    'inputs.unit': '개',
    'inputs.explain': 'MNIST처럼 28×28 = 784개의 픽셀 값으로 줄여서 넣습니다. 학습한 신경망의 첫 가중치 W1의 형상이 (784, 50)이라서 다른 개수는 받을 수 없습니다. 아래에서 그림이 784개의 값이 되는 과정을 단계별로 볼 수 있습니다.',
    'inputs.show': '시험 숫자 하나를 불러와 28×28 입력 보기',
    'sum.question': '판에 아무 의미 없는 낙서를 하면, 신경망이 내놓는 열 개 확률의 합은 얼마일까요?',
    'sum.option.one': '언제나 1이다',
    'sum.option.less': '1보다 훨씬 작다 — 어느 숫자도 아니니까',
    'sum.option.zero': '0이다',
    'sum.explain': '출력층의 소프트맥스는 어떤 입력이 오든 열 개의 점수를 합이 1인 확률로 바꿉니다. "어느 숫자도 아님"이라는 선택지가 없으므로 낙서에도 어느 한 숫자가 가장 큰 확률을 받습니다. 그래서 이 페이지는 확률이 높더라도 MNIST와 너무 다른 입력이면 믿기 어렵다고 따로 표시합니다.',
    'sum.show': '시험 숫자를 불러와 확률 막대 보기',
  },
  en: {
    'inputs.question': 'Whatever the size of the pad, how many numbers does your drawing become before it enters the network?',
    'inputs.unit': '',
    'inputs.explain': 'Like MNIST, it is reduced to 28×28 = 784 pixel values. The trained network’s first weight matrix W1 has shape (784, 50), so it cannot take any other number. Below, you can watch the drawing become those 784 values step by step.',
    'inputs.show': 'load a test digit and see its 28×28 input',
    'sum.question': 'You scribble something meaningless on the pad. What do the network’s ten probabilities add up to?',
    'sum.option.one': 'Always 1',
    'sum.option.less': 'Much less than 1 — it is no digit at all',
    'sum.option.zero': '0',
    'sum.explain': 'Softmax at the output turns the ten scores into probabilities that add up to 1, whatever the input. There is no "none of these" option, so even a scribble gives some digit the largest probability. That is why this page flags an input that is too unlike MNIST as hard to trust, however high the probability.',
    'sum.show': 'load a test digit and see the probability bars',
  },
});
