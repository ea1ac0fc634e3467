import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import { fmt } from '../i18n/use-text';
import { LESSON_SLUGS, type LessonSlug } from '../state/lesson-slugs';

export interface Lesson {
  slug: LessonSlug;
  /** The lesson's number, 0–8, as in DESIGN's page table. */
  number: number;
  /** Key of the title in the shared strings. */
  titleKey: `lesson.${LessonSlug}`;
  Page: LazyExoticComponent<ComponentType>;
}

// Each page is its own chunk, so a student opening lesson 1 does not download the training lab.
const pages: Record<LessonSlug, () => Promise<{ default: ComponentType }>> = {
  intro: () => import('./intro/Page'),
  mse: () => import('./mse/Page'),
  cee: () => import('./cee/Page'),
  minibatch: () => import('./minibatch/Page'),
  'numerical-diff': () => import('./numerical-diff/Page'),
  'gradient-descent': () => import('./gradient-descent/Page'),
  'network-gradient': () => import('./network-gradient/Page'),
  training: () => import('./training/Page'),
  draw: () => import('./draw/Page'),
};

/** A page outside the numbered lessons. */
export interface ExtraPage {
  slug: 'glossary';
  titleKey: 'page.glossary';
  Page: LazyExoticComponent<ComponentType>;
}

export const GLOSSARY_PAGE: ExtraPage = { slug: 'glossary', titleKey: 'page.glossary', Page: lazy(() => import('./glossary/Page')) };

export const LESSONS: readonly Lesson[] = LESSON_SLUGS.map((slug, number) => ({
  slug,
  number,
  titleKey: `lesson.${slug}` as const,
  Page: lazy(pages[slug]),
}));

/** What a lesson is called above its title and in the list: "들어가며" for the introduction, "N단원" after it. */
export function lessonKicker(lesson: Lesson, t: { lessonLabel: string; introLabel: string }): string {
  return lesson.number === 0 ? t.introLabel : fmt(t.lessonLabel, { n: lesson.number });
}

export function findLesson(path: string): Lesson | undefined {
  return LESSONS.find((l) => l.slug === path);
}
