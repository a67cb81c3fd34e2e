import type { zhAssessment } from './zh-assessment.ts';

/** English messages of the assessment pages: the same keys as zh-assessment.ts. */
export const enAssessment: Record<keyof typeof zhAssessment, string> = {
};
