import './styles.css';
import './lib/i18n';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ApolloProvider } from '@apollo/client/react';
import { RouterProvider } from '@tanstack/react-router';
import { anonymousClient } from './lib/clients';
import { whenSessionOver } from './lib/apollo';
import { router } from './router';
import { z } from 'zod';

// The Content-Security-Policy allows no eval and no inline style sheet. Zod would probe eval for its
// fast path, and React Aria would add a <style> of one rule (kept in styles.css instead) unless an
// element with its id exists.
z.config({ jitless: true });
const pressableStyle = document.createElement('meta');
pressableStyle.id = 'react-aria-pressable-style';
document.head.append(pressableStyle);

// A session that ends while a page is open (revoked, expired): back to the login, on a new page.
whenSessionOver(() => {
  const back = `${window.location.pathname}${window.location.search}`;
  window.location.assign(`/login?notice=expired&redirect=${encodeURIComponent(back)}`);
});

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <ApolloProvider client={anonymousClient}>
        <RouterProvider router={router} />
      </ApolloProvider>
    </StrictMode>,
  );
}
