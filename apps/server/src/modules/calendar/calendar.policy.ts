import { policyOf } from '../../http/policy.ts';

/** Everyone who works with leads reads the calendar behind their deadlines; the office keeps it. */
export const calendarPolicy = policyOf('calendar.read', 'calendar.edit');
