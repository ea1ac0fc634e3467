import { defineText } from '../../i18n/use-text';

export const checksText = defineText({
  ko: {
    'worst.question': '예측 ŷ가 확률분포(모든 값이 0 이상이고 합이 1)이고 정답이 원-핫일 때, MSE가 가장 커질 수 있는 값은 얼마일까요?',
    'worst.option.tenth': '0.1',
    'worst.option.fifth': '0.2',
    'worst.option.one': '1',
    'worst.option.unbounded': '한없이 커질 수 있다',
    'worst.explain': '가장 나쁜 경우는 확률 1을 틀린 클래스 하나에 몰아준 것입니다. 정답 칸의 (0 − 1)² = 1과 그 틀린 칸의 (1 − 0)² = 1만 남고 나머지는 0이므로, 합 2를 10으로 나눈 0.2가 최대입니다. 아무리 자신 있게 틀려도 MSE는 0.2를 넘지 않습니다.',
    'worst.show': '틀린 클래스에 확률 1 몰아주기',
    'uniform.question': '열 클래스에 모두 ŷₖ = 0.1을 주면 MSE는 얼마일까요? (정답은 원-핫)',
    'uniform.unit': '',
    'uniform.explain': '정답 칸은 (0.1 − 1)² = 0.81이고, 나머지 아홉 칸은 (0.1 − 0)² = 0.01씩 모두 0.09입니다. 합 0.9를 10으로 나누면 0.09입니다. 정답 클래스가 몇 번이든 값은 같습니다.',
    'uniform.show': '모든 ŷₖ를 0.1로 맞추기',
  },
  en: {
    'worst.question': 'If the prediction ŷ is a probability distribution (all entries ≥ 0, summing to 1) and the answer is one-hot, what is the largest value MSE can take?',
    'worst.option.tenth': '0.1',
    'worst.option.fifth': '0.2',
    'worst.option.one': '1',
    'worst.option.unbounded': 'It can grow without bound',
    'worst.explain': 'The worst case puts all the probability, 1, on one wrong class. Only (0 − 1)² = 1 at the true class and (1 − 0)² = 1 at that wrong class remain, the rest are 0, so the maximum is 2 / 10 = 0.2. However confidently wrong, MSE never exceeds 0.2.',
    'worst.show': 'put probability 1 on a wrong class',
    'uniform.question': 'If all ten classes get ŷₖ = 0.1, what is the MSE? (The answer is one-hot.)',
    'uniform.unit': '',
    'uniform.explain': 'The true class gives (0.1 − 1)² = 0.81 and each of the other nine (0.1 − 0)² = 0.01, 0.09 in all. The sum 0.9 divided by 10 is 0.09, whichever class is the true one.',
    'uniform.show': 'set every ŷₖ to 0.1',
  },
});
