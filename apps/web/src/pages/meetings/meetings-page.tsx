import { MeetingsView } from '../../features/blockers/components/meetings-view.tsx';

/** /meetings and /meetings/:id: the meeting list, or one meeting's agenda. */
export function MeetingsPage() {
  return <MeetingsView />;
}
