/** Chinese messages of the projects pages (merged into zh.ts). */
export const zhProjects = {
} as const;
