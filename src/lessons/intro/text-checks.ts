import { defineText } from '../../i18n/use-text';

export const checksText = defineText({
  ko: {
    'step.question': '어떤 가중치 w에 대한 손실의 기울기가 ∂L/∂w = +2이고 학습률은 η = 0.1입니다. 한 번 갱신하면 w는 얼마나 바뀔까요? (늘면 +, 줄면 −)',
    'step.unit': '',
    'step.explain': '기울기가 양수라는 것은 w를 늘리면 손실도 커진다는 뜻입니다. 기울기는 오르막 쪽을 가리키므로 손실을 줄이려면 반대쪽으로 가야 합니다. 갱신 식 w ← w − η·∂L/∂w에 넣으면 바뀌는 양은 −0.1 × 2 = −0.2, 곧 w가 0.2만큼 줄어듭니다.',
    'step.show': '3단계(가중치 갱신) 펼치기',
    'epochs.question': '노트는 훈련 이미지 60,000장에서 100장짜리 미니배치를 뽑아 1000번 반복합니다. 훈련 데이터 전체 분량을 대략 몇 번 본 셈일까요?',
    'epochs.unit': '번',
    'epochs.explain': '1000번 × 100장 = 100,000장이고, 이것을 60,000장으로 나누면 약 1.67입니다. 훈련 데이터 전체 분량을 한 번 보는 것을 1에폭이라 하므로, 노트의 학습은 2에폭도 채 되지 않습니다. 미니배치는 복원 추출로 뽑으므로 어떤 이미지는 두 번 나오고 어떤 이미지는 한 번도 나오지 않습니다.',
    'epochs.show': '4단계(반복) 펼치기',
  },
  en: {
    'step.question': 'The gradient of the loss with respect to a weight w is ∂L/∂w = +2, and the learning rate is η = 0.1. By how much does one update change w? (+ for up, − for down)',
    'step.unit': '',
    'step.explain': 'A positive gradient means that increasing w increases the loss too. The gradient points uphill, so lowering the loss means going the other way. The update w ← w − η·∂L/∂w changes w by −0.1 × 2 = −0.2: w goes down by 0.2.',
    'step.show': 'open step 3 (update the weights)',
    'epochs.question': 'The notes draw mini-batches of 100 from 60,000 training images and run 1000 iterations. About how many times over have they seen the training data?',
    'epochs.unit': ' times',
    'epochs.explain': '1000 iterations × 100 images = 100,000 images, and 100,000 / 60,000 ≈ 1.67. One pass over as much data as the training set holds is one epoch, so the notes’ run is less than two epochs. The batches are drawn with replacement, so some images come up twice and some never.',
    'epochs.show': 'open step 4 (repeat)',
  },
});
