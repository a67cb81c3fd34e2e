import type { MajorTrack } from './api.ts';

export const TRACK_COLORS: Record<MajorTrack, string> = {
  overdue: '#cf1322',
  at_risk: '#d46b08',
  on_track: '#389e0d',
  no_plan: '#8c8c8c',
};

export const TRACK_TAG_COLORS: Record<MajorTrack, string> = {
  overdue: 'red',
  at_risk: 'orange',
  on_track: 'green',
  no_plan: 'default',
};

/** Clicking the card of the track already shown clears the filter; any other card selects its track. */
export function nextTrackFilter(current: MajorTrack | undefined, clicked: MajorTrack): MajorTrack | undefined {
  return current === clicked ? undefined : clicked;
}
