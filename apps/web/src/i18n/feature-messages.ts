import { enAssessment } from './en-assessment.ts';
import { enCalendar } from './en-calendar.ts';
import { enChains } from './en-chains.ts';
import { enEvents } from './en-events.ts';
import { enLedgers } from './en-ledgers.ts';
import { enOversight } from './en-oversight.ts';
import { enProjects } from './en-projects.ts';
import { enResources } from './en-resources.ts';
import { enRotations } from './en-rotations.ts';
import { enWork } from './en-work.ts';
import { addMessages } from './translate.ts';
import { zhAssessment } from './zh-assessment.ts';
import { zhCalendar } from './zh-calendar.ts';
import { zhChains } from './zh-chains.ts';
import { zhEvents } from './zh-events.ts';
import { zhLedgers } from './zh-ledgers.ts';
import { zhOversight } from './zh-oversight.ts';
import { zhProjects } from './zh-projects.ts';
import { zhResources } from './zh-resources.ts';
import { zhRotations } from './zh-rotations.ts';
import { zhWork } from './zh-work.ts';

/**
 * The business areas' messages. The app shell imports this module, so they load with the
 * shell and not with the login page, which stays small.
 */
export const featureMessages = {
  zh: {
    ...zhProjects,
    ...zhWork,
    ...zhAssessment,
    ...zhCalendar,
    ...zhEvents,
    ...zhChains,
    ...zhLedgers,
    ...zhResources,
    ...zhOversight,
    ...zhRotations,
  },
  en: {
    ...enProjects,
    ...enWork,
    ...enAssessment,
    ...enCalendar,
    ...enEvents,
    ...enChains,
    ...enLedgers,
    ...enResources,
    ...enOversight,
    ...enRotations,
  },
};

addMessages(featureMessages);
