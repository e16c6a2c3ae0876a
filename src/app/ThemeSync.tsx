// Applies the theme setting to <html>; "system" leaves it to prefers-color-scheme.
import { useEffect } from 'react';
import { useSettings } from '../store/use-stores';

export function ThemeSync() {
  const theme = useSettings((s) => s.theme);
  useEffect(() => {
    const root = document.documentElement;
    if (theme === 'system') delete root.dataset.theme;
    else root.dataset.theme = theme;
  }, [theme]);
  return null;
}
