import { defineText } from '../../i18n/use-text';

/** The prose of the drawing lesson. */
export const drawText = defineText({
  ko: {
    seesTitle: '신경망이 실제로 보는 것',
    seesBody:
      '앞 단원에서 학습한 신경망의 입력은 28×28 = 784개의 [[픽셀|pixel]] 값(0은 배경, 1은 잉크)입니다. 판에 그린 그림을 그대로 줄여서 넣으면 안 됩니다. 신경망은 MNIST처럼 다듬어진 숫자만 보고 배웠기 때문에, 구석에 작게 그린 숫자나 판을 꽉 채운 숫자는 처음 보는 입력이 됩니다.',
    mnistBody:
      'MNIST를 만든 사람들은 원래의 흑백 글씨를 다음처럼 손질했습니다. 먼저 글씨가 있는 부분만 잘라 냅니다. 그다음 가로세로 비율을 지키면서 긴 변이 20픽셀이 되도록 줄이는데, 이때 픽셀마다 덮는 면적의 평균을 내므로 가장자리가 회색으로 부드러워집니다(안티에일리어싱). 마지막으로 잉크의 무게중심이 28×28 칸의 가운데에 오도록 옮깁니다. 이 페이지는 여러분의 그림에 똑같은 과정을 적용하고, 각 단계를 작은 그림으로 보여 줍니다.',
    comIntro: '무게중심은 픽셀 값 I(x, y)를 무게로 삼은 좌표의 평균입니다. 이 점이 (14, 14)에 오도록 옮깁니다. MNIST 시험 이미지 10,000장도 모두 이 점에서 반 픽셀 안에 무게중심이 있습니다.',
    tryTitle: '직접 그려 보기',
    tryBody: '판에 숫자 하나를 그려 보세요. 그리는 동안 신경망의 답과 신경망이 받는 28×28 입력은 화면이 갱신될 때마다 다시 계산됩니다. 그림이 그 입력이 되기까지의 단계(아래)와 답을 풀어 주는 패널은 펜을 뗄 때 마지막 획까지 반영해 다시 그립니다.',
    voteTitle: '신경망이 답을 고르는 방법',
    voteBody:
      '28×28 입력을 한 줄로 펴서 x(784개)로 만들고, 학습 알고리즘 단원의 TwoLayerNet과 똑같이 계산합니다. [[은닉층|hidden-layer]]은 [[ReLU|relu]], 출력층은 [[소프트맥스|softmax]]이므로 열 개의 출력은 모두 0과 1 사이이고 합이 1입니다. 가장 큰 확률을 받은 숫자가 신경망의 답입니다.',
    caveatTitle: '확률이 높다고 답이 맞는 것은 아닙니다',
    caveatBody:
      '소프트맥스에는 "어느 숫자도 아님"이라는 선택지가 없습니다. 아무렇게나 휘갈긴 선에도 열 개의 확률을 나눠 주고, 그중 하나가 가장 큽니다. 그래서 이 페이지는 가장 높은 확률이 50%에 못 미치면 확신이 낮다고 표시합니다. 판을 가득 채운 낙서처럼 28×28 입력의 잉크 양이 MNIST 시험 이미지 어느 것과도 다를 때도 믿기 어렵다고 표시합니다. 소프트맥스는 그런 그림에도 자신 있게 답하곤 하기 때문입니다. 거꾸로 높은 확률로 틀릴 수도 있습니다. 신경망은 MNIST의 글씨체만 보았고, 시험 정확도는 MNIST 시험 이미지에서 잰 값이지 여러분의 글씨에서 잰 값이 아닙니다.',
    compareBody: '‘무작위 시험 숫자 불러오기’는 진짜 MNIST 시험 이미지를 판에 크게 옮겨 그립니다. 같은 전처리를 거친 결과가 원래 이미지와 거의 같은지, 여러분의 글씨와는 무엇이 다른지(획 두께, 기울기, 크기) 비교해 보세요.',
    codeTitle: '계산하는 코드',
    beforeTitle: '그리기 전에',
    learned1: '신경망이 보는 것은 MNIST처럼 다듬은 28×28 = 784개의 픽셀 값뿐이므로, 그림도 같은 방식으로 잘라 내고 줄이고 무게중심을 맞춰야 합니다.',
    learned2: '소프트맥스는 어떤 입력에도 합이 1인 확률을 내므로, 확률이 높다고 답이 맞는 것은 아닙니다.',
    learned3: '시험 정확도는 MNIST 시험 이미지에서 잰 값이라, 글씨체가 다른 여러분의 글씨에서는 더 낮을 수 있습니다.',
    'n.I': '판 위 (x, y) 픽셀의 잉크 값, 0…1',
    'n.x': '신경망의 입력: 전처리한 28×28 이미지를 한 줄로 편 784개의 값',
    'n.params': '앞 단원에서 학습한 매개변수',
    'n.y': '출력: 숫자 0–9의 확률 10개 (합이 1)',
    bridge: '학습 알고리즘 단원의 노트 실행은 수치 미분(을 증분으로 계산한 것)으로 학습했고, 이 단원의 그림용 신경망은 그 단원의 세 번째 방법인 오차역전파로 학습했습니다. 모든 기울기를 한 번의 역방향 계산으로 구하는 이 방법이 책의 다음 장에서 다루는 내용입니다.',
  },
  en: {
    seesTitle: 'What the network really sees',
    seesBody:
      'The network trained in the previous lesson takes 28×28 = 784 [[pixel|pixel]] values (0 for background, 1 for ink). Shrinking the pad as it is will not do: the network learned only from digits prepared the MNIST way, so a small digit in a corner, or one that fills the whole pad, is an input it has never seen.',
    mnistBody:
      'The makers of MNIST prepared each black-and-white scan like this. First they cut out the part with ink. Then they scaled it, keeping the aspect ratio, until its longer side was 20 pixels; each new pixel averages the area it covers, which softens the edges into grey (anti-aliasing). Finally they moved it so that the centre of mass of the ink sits at the centre of the 28×28 frame. This page applies the same steps to your drawing and shows each one as a small picture.',
    comIntro: 'The centre of mass is the mean position weighted by the pixel values I(x, y). The image is moved so that it lands on (14, 14); every one of the 10,000 MNIST test images has its centre of mass within half a pixel of that point.',
    tryTitle: 'Try it: draw and watch',
    tryBody: 'Draw one digit on the pad. While you draw, the network’s answer and the 28×28 input it is given are recomputed on every screen refresh. The steps below, which show how the drawing becomes that input, and the panels that explain the answer are redrawn when you lift the pen, with every stroke so far.',
    voteTitle: 'How the network picks its answer',
    voteBody:
      'The 28×28 input is flattened into x (784 values) and computed exactly like the TwoLayerNet of the lesson on the learning algorithm: [[ReLU|relu]] in the [[hidden layer|hidden-layer]], [[softmax|softmax]] at the output, so the ten outputs all lie between 0 and 1 and add up to 1. The digit with the largest probability is the network’s answer.',
    caveatTitle: 'A high probability does not make the answer right',
    caveatBody:
      'Softmax has no "none of these" option. Even a random scribble gets its ten probabilities, and one of them is the largest. That is why this page flags the answer as unsure when the top probability is below 50%. It also flags inputs whose amount of ink is unlike every MNIST test image, such as a scribble that fills the pad, because softmax often answers those confidently too. The reverse happens too: the network can be confidently wrong. It has only seen MNIST handwriting, and its test accuracy was measured on MNIST test images, not on yours.',
    compareBody: '“Load a random test digit” draws a real MNIST test image onto the pad, large. Check that the same preprocessing gives back nearly the original image, and see how your handwriting differs (stroke width, slant, size).',
    codeTitle: 'The code that computes it',
    beforeTitle: 'Before you draw',
    learned1: 'All the network sees is 28×28 = 784 pixel values prepared the MNIST way, so a drawing must be cropped, scaled and centred by mass the same way.',
    learned2: 'Softmax gives probabilities that add up to 1 for any input, so a high probability does not make an answer right.',
    learned3: 'Test accuracy was measured on MNIST test images; on handwriting in another style it can be lower.',
    'n.I': 'the ink value of pixel (x, y) on the pad, 0…1',
    'n.x': 'the network’s input: the prepared 28×28 image flattened into 784 values',
    'n.params': 'the parameters learned in the previous lesson',
    'n.y': 'the output: 10 probabilities, one per digit 0–9 (they add up to 1)',
    bridge: 'The notes’ run in the lesson on the learning algorithm learned with numerical gradients (computed incrementally); this lesson’s drawing networks learned with backpropagation, that lesson’s third method. Backpropagation, which gets every gradient in one backward pass, is the subject of the book’s next chapter.',
  },
});
