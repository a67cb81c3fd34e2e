import { SchemeEditor } from '../../../features/assessment/components/scheme-editor.tsx';

export function SchemePage() {
  return <SchemeEditor />;
}
