import { StrictMode, startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import { AppRouter } from './app/router';
import './styles/tokens.css';
import './styles/global.css';

const root = document.getElementById('root');
if (root) {
  // index.html already paints the app shell; rendering as a transition lets React yield to the browser while it
  // takes over, instead of blocking the main thread in one long task on a slow phone.
  startTransition(() => {
    createRoot(root).render(
      <StrictMode>
        <AppRouter />
      </StrictMode>,
    );
  });
}
