import { defineText } from '../../i18n/use-text';

/** What the lesson says about how a path meets the minimum: lands on it, or jumps past it. */
export const overshootText = defineText({
  ko: {
    arrived: '한 걸음에 도착: {k}번째 걸음이 남은 거리를 정확히 건너 경로가 최솟값에 닿았습니다. x에 남은 아주 작은 값(많아야 {residue})은 수치 기울기의 반올림 오차일 뿐, 최솟값을 지나친 것이 아닙니다.',
    damped: '지나침: {k}번째 걸음에서 경로가 최솟값을 지나 반대편으로 건너뛰었습니다({n}번 건넘). 건널 때마다 최솟값에 더 가까워지므로(걸음마다 거리가 평균 × {factor}) 진동하면서도 결국 최솟값에 다가갑니다.',
    bouncing: '진동: {k}번째 걸음부터 경로가 최솟값을 사이에 두고 같은 거리만큼 양쪽을 오갑니다({n}번 건넘, 걸음마다 거리가 평균 × {factor}). 학습률이 너무 커서 영원히 자리를 잡지 못합니다.',
    growing: '튕겨 나감: {k}번째 걸음부터 경로가 최솟값을 지날 때마다 더 멀리 떨어집니다(걸음마다 거리가 평균 × {factor}). 학습률이 너무 커서 한 걸음이 최솟값까지의 거리의 두 배를 넘습니다.',
    bowlRule: 'x₀² + x₁²에서는 한 걸음이 x ← (1 − 2·lr)·x이고, 지금 1 − 2·lr = {multiplier}입니다. lr < 0.5이면 한쪽에서 다가가고, lr = 0.5이면 한 걸음에 최솟값에 닿으며, 0.5 < lr < 1이면 지나쳤다가 자리를 잡고, lr = 1이면 −x로 뛰어 제자리에서 진동하며, lr > 1이면 점점 멀어집니다.',
    frozen: '{k}번째 걸음부터는 x + h가 x로 반올림되어 기울기가 0이 되고, 경로는 그 자리에 멈춥니다(아래 ‘lr = 10의 경로는 어디까지 갈까?’).',
    slow: '느림: {n}걸음 뒤에도 최솟값까지 처음 거리의 {share}%가 남아 있습니다. 경로는 최솟값을 지나치지 않고 한쪽에서 다가가는 중입니다.',
    bowlSlow: 'x₀² + x₁²에서는 한 걸음이 x ← (1 − 2·lr)·x이고, 지금 1 − 2·lr = {multiplier}입니다. 걸음마다 거리에 이 수가 곱해지므로 1에 가까울수록 거의 움직이지 않습니다. 학습률을 키우면 빨라지고, lr < 0.5인 동안은 지나치지도 않습니다.',
    'note.arrived': '{k}번째 걸음에 최솟값 도착',
    'note.damped': '지나쳤다가 수렴 (×{factor}/걸음)',
    'note.bouncing': '진동, 수렴하지 않음',
    'note.growing': '튕겨 나감 (×{factor}/걸음)',
  },
  en: {
    arrived: 'Arrived in one step: step {k} covers exactly the distance that was left, and the path lands on the minimum. The tiny numbers left in x (at most {residue}) are rounding in the numerical gradient, not a jump past the minimum.',
    damped: 'Overshoot: at step {k} the path jumped past the minimum to the other side ({n} crossings). Each crossing lands closer (distance × {factor} per step on average), so it oscillates but still settles on the minimum.',
    bouncing: 'Oscillation: from step {k} the path jumps back and forth across the minimum, landing as far away each time ({n} crossings, distance × {factor} per step on average). The learning rate is so large that it never settles.',
    growing: 'Flying off: from step {k} every jump across the minimum lands farther away (distance × {factor} per step on average). The learning rate is so large that one step is more than twice the distance to the minimum.',
    bowlRule: 'On x₀² + x₁² one step is x ← (1 − 2·lr)·x, and here 1 − 2·lr = {multiplier}. With lr < 0.5 the path comes in from one side, lr = 0.5 lands on the minimum in one step, 0.5 < lr < 1 overshoots and settles, lr = 1 jumps to −x and oscillates on the spot, and lr > 1 moves farther away every step.',
    frozen: 'From step {k} on, x + h rounds to x, the gradient is 0 and the path stays where it is (see “How far does the lr = 10 path go?” below).',
    slow: 'Slow: after {n} steps, {share}% of the start’s distance to the minimum is still left. The path is still coming in from one side, without overshooting.',
    bowlSlow: 'On x₀² + x₁² one step is x ← (1 − 2·lr)·x, and here 1 − 2·lr = {multiplier}. Every step multiplies the distance by this number, so the closer it is to 1, the less the path moves. A larger learning rate is faster, and while lr < 0.5 it still does not overshoot.',
    'note.arrived': 'lands on the minimum at step {k}',
    'note.damped': 'overshoots, then settles (×{factor}/step)',
    'note.bouncing': 'oscillates, never settles',
    'note.growing': 'flies off (×{factor}/step)',
  },
});
