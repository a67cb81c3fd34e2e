import type { zhWork } from './zh-work.ts';

/** English messages of the work pages: the same keys as zh-work.ts. */
export const enWork: Record<keyof typeof zhWork, string> = {
};
