import { useEffect } from 'react';

/** Sets the document title to "<page> · Descent", as each route needs its own title. */
export function usePageTitle(title: string | undefined): void {
  useEffect(() => {
    document.title = title ? `${title} · Descent` : 'Descent';
  }, [title]);
}
