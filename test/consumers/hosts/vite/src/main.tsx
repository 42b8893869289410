// Renders whatever component the README's snippet (copied to App.tsx by the test) exports.
import { type ComponentType, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import * as snippet from './App';

const [App] = Object.values(snippet as Record<string, unknown>).filter(
  (value): value is ComponentType => typeof value === 'function',
);
const root = document.getElementById('root');
if (!App || !root) throw new Error('The README snippet exports no component');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
