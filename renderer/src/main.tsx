import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createHashRouter } from 'react-router';
import { App } from './app/App';
import { appRoutes } from './app/routes';
import { createApi, detectTransport } from './lib/api';
import './app/styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('#root missing from index.html');

// The transport first: it takes the launch token off the address before the router reads it.
const api = createApi(detectTransport(window));
const router = createHashRouter(appRoutes);

createRoot(root).render(
  <StrictMode>
    <App api={api} router={router} />
  </StrictMode>,
);
