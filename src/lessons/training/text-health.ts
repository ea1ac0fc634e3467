import { defineText } from '../../i18n/use-text';

/** What the lab says when a run (or a race lane) fails, with the cure it offers; and the race presets. */
export const health = defineText({
  ko: {
    'cause.loss': '배치 손실',
    'cause.weights': '가중치',
    diverged: '{who}: {n}번째 반복에서 {cause}이(가) 유한한 수가 아니게 되어(무한대이거나 수가 아님) 학습을 멈췄습니다. 한 번의 갱신이 너무 커서 값이 부동소수점 범위를 넘었습니다.',
    saturated:
      '{who}: 손실이 {loss}에 머물러 있습니다. 한 이미지가 낼 수 있는 최대 손실 −log δ ≈ 16.1에 가깝습니다. 대부분의 이미지에서 소프트맥스가 정답 클래스에 거의 0의 확률을 줍니다. 신경망이 확신을 갖고 틀리는 상태이고, 손실이 무한대가 되지 않는 것은 2단원의 δ 덕분입니다. 정확도 {accuracy}(찍기: 10%).',
    saturatedLink: '왜 −log δ에서 멈출까? (2단원: 교차 엔트로피 오차)',
    stalled:
      '{who}: 최근 평가 {windows}번 동안 손실이 찍기 수준({guess}) 근처에서 평평합니다(지금 {loss}). 은닉 뉴런 {hidden}개 중 {dead}개가 죽었습니다: 훈련 부분 집합의 모든 이미지에서 ReLU 출력이 0이라 기울기도 0이고, 어떤 갱신도 되살리지 못합니다. 처음 몇 번의 큰 갱신이 그 뉴런들의 입력을 0 아래로 밀어냈습니다. 죽은 뉴런은 아래 "신경망이 배운 것"에 ×로 표시됩니다.',
    tooSlow:
      '{who}: 반복 {total}번 중 {n}번이 지났는데 손실이 아직 {loss}로, 찍기 수준({guess}) 근처입니다. 한 번의 갱신이 가중치를 너무 조금 움직입니다. 은닉 뉴런은 모두 살아 있으므로 학습률을 키우면 나아집니다.',
    whoRun: '이 실행',
    whoLane: 'η = {lr}',
    fixRate: 'η = {lr}로 다시 학습',
    fixStd: '초기화하고 표준편차 {std}로 다시 학습',
    fixBoth: 'η = {lr}, 표준편차 {std}로 다시 학습',
    fixLane: 'η = {from} 대신 {to}로 경주 다시 하기',
    'label.diverged': '{n}번째 반복에서 발산',
    'label.saturated': '포화(손실 ≈ {loss})',
    'label.stalled': '정체: 뉴런 {dead}/{hidden}개 죽음',
    'label.too-slow': '너무 느림(손실 ≈ {loss})',
    presetsLabel: '경주 준비',
    presetRegimes: '너무 작음 · 알맞음 · 너무 큼',
    presetRegimesSay: '0.01, 0.1, 3을 겨룹니다. 0.01은 기어가듯 내려가고(1000번 뒤 약 75%), 0.1은 제대로 배우며(약 92%), 3은 처음 몇 번의 큰 갱신에 은닉 뉴런이 거의 다 죽어 손실이 ln 10 근처에서 멈춥니다(10–20%).',
    presetBreak: '어디서 망가질까?',
    presetBreakSay: '0.5, 1, 2, 4를 겨룹니다. 0.5와 1은 0.1보다도 잘 배우지만(94–96%), 1에서 벌써 은닉 뉴런 여럿이 죽기 시작하고, 2와 4에서는 거의 모두 죽어 학습이 멈춥니다. 어느 것도 발산하지 않습니다. 손실과 가중치는 끝까지 유한한 수입니다.',
    presetFailures: '큰 학습률은 어떻게 망가질까?',
    presetFailuresSay: '0.1, 3, 10을 겨룹니다. 0.1은 배우고, 3은 은닉 뉴런이 죽어 손실이 ln 10 ≈ 2.3 근처에서 멈추며(정체), 10은 손실이 −log δ ≈ 16.1 가까이(약 13–14.5)에 붙어 버립니다(포화): 확신을 갖고 틀리는 상태입니다. 둘 다 발산이 아닙니다.',
    presetStarted: '"{name}" 경주를 시작했습니다. 아래 학습률 칸과 위의 그래프를 보세요.',
    watchLabel: '은닉 뉴런을 볼 학습률',
    deadCaption: '죽은 뉴런 {dead}개(×): 훈련 부분 집합 1,000장 모두에서 ReLU 출력이 0입니다.',
  },
  en: {
    'cause.loss': 'the batch loss',
    'cause.weights': 'a weight',
    diverged: '{who}: at iteration {n} {cause} stopped being a finite number (infinite, or not a number at all), so training stopped. An update was so large that the values left the range of floating point.',
    saturated:
      '{who}: the loss sits at {loss}, close to −log δ ≈ 16.1, the most a single image can cost. For most images the softmax gives the true class a probability of about 0: the network is confidently wrong, and only lesson 2’s δ keeps the loss finite. Accuracy {accuracy} (guessing: 10%).',
    saturatedLink: 'Why does it stop at −log δ? (lesson 2: cross-entropy error)',
    stalled:
      '{who}: for the last {windows} evaluations the loss has stayed flat near the loss of guessing, {guess} (now {loss}). {dead} of {hidden} hidden units are dead: their ReLU outputs 0 for every image of the training subset, so their gradient is 0 and no update can bring them back. The first few large updates pushed their inputs below 0. The dead units are crossed out under “What the network learned”.',
    tooSlow:
      '{who}: after {n} of {total} iterations the loss is still {loss}, near the loss of guessing, {guess}. Each update moves the weights too little. Every hidden unit is still alive, so a larger learning rate will help.',
    whoRun: 'This run',
    whoLane: 'η = {lr}',
    fixRate: 'Train again with η = {lr}',
    fixStd: 'Reset and train with std {std}',
    fixBoth: 'Train again with η = {lr} and std {std}',
    fixLane: 'Race again with {to} instead of η = {from}',
    'label.diverged': 'diverged at iteration {n}',
    'label.saturated': 'saturated (loss ≈ {loss})',
    'label.stalled': 'stalled: {dead}/{hidden} units dead',
    'label.too-slow': 'too slow (loss ≈ {loss})',
    presetsLabel: 'Race presets',
    presetRegimes: 'too small · right · too large',
    presetRegimesSay: 'Races 0.01, 0.1 and 3. At 0.01 the loss creeps down (about 75% after 1000 iterations), 0.1 learns (about 92%), and at 3 the first few large updates kill almost every hidden unit, so the loss stalls near ln 10 (10–20%).',
    presetBreak: 'where does it break?',
    presetBreakSay: 'Races 0.5, 1, 2 and 4. 0.5 and 1 learn even better than 0.1 (94–96%), but at 1 several hidden units already die, and at 2 and 4 almost all of them do and learning stops. None of them diverges: losses and weights stay finite numbers throughout.',
    presetFailures: 'how do large rates fail?',
    presetFailuresSay: 'Races 0.1, 3 and 10. 0.1 learns; at 3 the hidden units die and the loss stops near ln 10 ≈ 2.3 (stalled); at 10 the loss sticks close to −log δ ≈ 16.1 (about 13–14.5, saturated): the network is confidently wrong. Neither is divergence.',
    presetStarted: 'The “{name}” race has started: its rates are in the fields below, its curves in the charts above.',
    watchLabel: 'Show the hidden units of',
    deadCaption: '{dead} dead units (×): their ReLU outputs 0 for all 1,000 images of the training subset.',
  },
});
