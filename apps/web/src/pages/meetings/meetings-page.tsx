import { MeetingsView } from '../../features/project-work/components/meetings-view.tsx';

/** /meetings and /meetings/:id: the meeting list, or one meeting's agenda. */
export function MeetingsPage() {
  return <MeetingsView />;
}
