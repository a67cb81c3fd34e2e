import { enAssessment } from './en-assessment.ts';
import { enCalendar } from './en-calendar.ts';
import { enChains } from './en-chains.ts';
import { enEvents } from './en-events.ts';
import { enGate } from './en-gate.ts';
import { enLedgers } from './en-ledgers.ts';
import { enOversight } from './en-oversight.ts';
import { enProjects } from './en-projects.ts';
import { enRegistry } from './en-registry.ts';
import { enResources } from './en-resources.ts';
import { enRotations } from './en-rotations.ts';
import { enWork } from './en-work.ts';
import { addMessages } from './translate.ts';
import { zhAssessment } from './zh-assessment.ts';
import { zhCalendar } from './zh-calendar.ts';
import { zhChains } from './zh-chains.ts';
import { zhEvents } from './zh-events.ts';
import { zhGate } from './zh-gate.ts';
import { zhLedgers } from './zh-ledgers.ts';
import { zhOversight } from './zh-oversight.ts';
import { zhProjects } from './zh-projects.ts';
import { zhRegistry } from './zh-registry.ts';
import { zhResources } from './zh-resources.ts';
import { zhRotations } from './zh-rotations.ts';
import { zhWork } from './zh-work.ts';

/**
 * The business areas' messages. The app shell imports this module, so they load with the
 * shell and not with the login page, which stays small.
 */
export const featureMessages = {
  zh: {
    ...zhRegistry,
    ...zhProjects,
    ...zhWork,
    ...zhAssessment,
    ...zhCalendar,
    ...zhEvents,
    ...zhChains,
    ...zhLedgers,
    ...zhResources,
    ...zhOversight,
    ...zhGate,
    ...zhRotations,
  },
  en: {
    ...enRegistry,
    ...enProjects,
    ...enWork,
    ...enAssessment,
    ...enCalendar,
    ...enEvents,
    ...enChains,
    ...enLedgers,
    ...enResources,
    ...enOversight,
    ...enGate,
    ...enRotations,
  },
};

addMessages(featureMessages);
