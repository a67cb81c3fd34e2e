import type { zhCalendar } from './zh-calendar.ts';

/** English messages of the working calendar: the same keys as zh-calendar.ts. */
export const enCalendar: Record<keyof typeof zhCalendar, string> = {
  'nav.orgCalendar': 'Holidays',
  'calendar.title': 'Working calendar',
  'calendar.intro':
    "Lead deadlines count working days: Monday to Friday, without the holidays below and with the make-up working days (Saturdays and Sundays) below. When the State Council publishes next year's holidays, enter them here.",
  'calendar.year': 'Year',
  'calendar.seededFrom': '{year} was filled in from {source}; the office may change, add or remove days',
  'calendar.notCovered':
    "{year} is not published or not in the package yet: enter the State Council's notice day by day; other days count Monday to Friday",
  'calendar.date': 'Date',
  'calendar.weekday': 'Weekday',
  'calendar.kind': 'Kind',
  'calendar.name': 'Name',
  'calendar.source': 'Source',
  'calendar.source.seed': 'Package',
  'calendar.source.office': 'Office',
  'calendar.add': 'Add a day',
  'calendar.added': '{date} added',
  'calendar.remove': 'Remove',
  'calendar.removeConfirm': 'After removing {date} it counts as Monday to Friday. Remove it?',
  'calendar.removed': '{date} removed',
  'calendar.workdayHint': 'A make-up working day must be a Saturday or Sunday',
  'calendar.namePlaceholder': 'e.g. 春节, 国庆节',
  'calendar.empty': 'No day of this year differs from Monday to Friday',
  'calendar.summary': '{holidays} holidays, {workdays} make-up working days',
  'audit.action.calendar.add': 'Add holiday/make-up day',
  'audit.action.calendar.change': 'Change holiday/make-up day',
  'audit.action.calendar.remove': 'Remove holiday/make-up day',
  'audit.action.calendar.import': 'Import holidays/make-up days',
  'audit.entity.calendar_day': 'Working calendar',
};
