/** Chinese messages of the assessment pages (merged into zh.ts). */
export const zhAssessment = {
} as const;
