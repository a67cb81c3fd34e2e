import { SchemeEditor } from '../../../features/schemes/components/scheme-editor.tsx';

export function SchemePage() {
  return <SchemeEditor />;
}
