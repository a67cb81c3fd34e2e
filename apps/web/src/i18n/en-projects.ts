import type { zhProjects } from './zh-projects.ts';

/** English messages of the projects pages: the same keys as zh-projects.ts. */
export const enProjects: Record<keyof typeof zhProjects, string> = {
};
