/** Chinese messages of the work pages (merged into zh.ts). */
export const zhWork = {
} as const;
