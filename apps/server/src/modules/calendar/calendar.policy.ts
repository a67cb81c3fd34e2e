import { definePolicy } from '../../http/policy.ts';

/**
 * Everyone who works with leads reads the calendar behind their deadlines; the office keeps it
 * (it publishes the year's notice to the units), and so may the admin, who runs the system.
 */
export const calendarPolicy = definePolicy({
  'calendar.read': ['admin', 'office', 'leader', 'unit_manager', 'unit_staff'],
  'calendar.edit': ['admin', 'office'],
});
