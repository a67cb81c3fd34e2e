export * from './org.ts';
export * from './password.ts';
export * from './errors.ts';
export * from './dates.ts';
export * from './uscc.ts';
export * from './company.ts';
export * from './industry-codes.ts';
export * from './amounts.ts';
