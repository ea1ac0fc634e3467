import type { LessonSlug } from '../../state/lesson-slugs';

export type StepId = 'minibatch' | 'gradient' | 'update' | 'repeat';

export interface LoopStep {
  id: StepId;
  /** The lesson that teaches this step. */
  lesson: LessonSlug;
  /** What the step computes, in TeX. */
  tex: string;
}

/** The four steps of learning in the order they run; after the last, the first comes again. */
export const LOOP: readonly LoopStep[] = [
  { id: 'minibatch', lesson: 'minibatch', tex: String.raw`\{(x_n, t_n)\}_{n=1}^{N} \subset \mathcal{D}` },
  { id: 'gradient', lesson: 'network-gradient', tex: String.raw`\frac{\partial L}{\partial W} = \left[\frac{\partial L}{\partial w_{ij}}\right]` },
  { id: 'update', lesson: 'gradient-descent', tex: String.raw`W \leftarrow W - \eta\,\frac{\partial L}{\partial W}` },
  { id: 'repeat', lesson: 'training', tex: String.raw`W_0 \to W_1 \to W_2 \to \cdots` },
];

export const STEP_IDS = LOOP.map((s) => s.id);
