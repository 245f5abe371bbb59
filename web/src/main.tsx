import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import './styles/app.scss';

// What the GOV.UK page template does with an inline script, which the
// server's Content-Security-Policy forbids. A browser that runs this module
// supports ES modules, which is govuk-frontend's test for "supported".
document.body.classList.add('js-enabled', 'govuk-frontend-supported');

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
