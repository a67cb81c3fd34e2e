import { Input, type InputProps } from 'antd';
import { useEffect, useState } from 'react';

/**
 * A text filter that applies on Enter or when it loses focus, not on every key; it follows
 * its value when the list state changes from elsewhere (a saved view, reset).
 */
export function CommitInput({
  value,
  onCommit,
  check,
  ...rest
}: Omit<InputProps, 'value' | 'onChange'> & {
  value?: string;
  onCommit: (value: string | undefined) => void;
  check?: (value: string) => boolean;
}) {
  const [draft, setDraft] = useState(value ?? '');
  useEffect(() => setDraft(value ?? ''), [value]);
  const text = draft.trim();
  const bad = text !== '' && check !== undefined && !check(text);
  const commit = () => {
    if (!bad && text !== (value ?? '')) onCommit(text || undefined);
  };
  return (
    <Input
      {...rest}
      value={draft}
      status={bad ? 'error' : undefined}
      onChange={(e) => {
        setDraft(e.target.value);
        // Clearing with the ✕ applies at once, as a person expects.
        if (e.type === 'click' && e.target.value === '') onCommit(undefined);
      }}
      onPressEnter={commit}
      onBlur={commit}
    />
  );
}
