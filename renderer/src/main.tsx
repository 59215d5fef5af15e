import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { createApi, detectTransport } from './lib/api';
import './app/styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('#root missing from index.html');

createRoot(root).render(
  <StrictMode>
    <App api={createApi(detectTransport(window))} />
  </StrictMode>,
);
