import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';

/**
 * True while the browser lays the page out for printing, so a page can leave out what has
 * no place on paper (buttons, an actions column). The state is flushed synchronously: the
 * print layout is taken right after `beforeprint` returns.
 */
export function usePrinting(): boolean {
  const [printing, setPrinting] = useState(false);
  useEffect(() => {
    const before = () => flushSync(() => setPrinting(true));
    const after = () => setPrinting(false);
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
    };
  }, []);
  return printing;
}
