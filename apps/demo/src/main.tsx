import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { createDemoAdapter } from './demoAdapter';
import '@sona-designer/react/styles.css';
import './App.css';

const container = document.getElementById('root');
if (!container) throw new Error('The demo page needs an element with id "root" in index.html.');

const adapter = createDemoAdapter();

createRoot(container).render(
  <StrictMode>
    <App adapter={adapter} />
  </StrictMode>,
);
