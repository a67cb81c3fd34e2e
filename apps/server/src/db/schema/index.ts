export * from './assessment.ts';
export * from './audit.ts';
export * from './auth.ts';
export * from './company.ts';
export * from './filing.ts';
export * from './lead.ts';
export * from './org.ts';
export * from './project.ts';
