import type { MeetingStatus } from './api.ts';

export const MEETING_STATUS_COLORS: Record<MeetingStatus, string> = { planned: 'processing', held: 'default' };
