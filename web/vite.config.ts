import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The C++ server (`casereview serve`) on its default address, for `npm run dev`.
const apiServer = 'http://127.0.0.1:8080';

export default defineConfig({
  plugins: [react()],
  resolve: {
    alias: {
      // GOV.UK Frontend's fonts and images; see src/styles/app.scss.
      '@govuk-assets': fileURLToPath(
        new URL('./node_modules/govuk-frontend/dist/govuk/assets', import.meta.url),
      ),
    },
  },
  css: {
    // govuk-frontend keeps two Internet Explorer hacks (`@media screen\\0`,
    // `(min-width: 0\\0)`) that Lightning CSS cannot parse. Let the minifier
    // drop them (it warns); no current browser uses them.
    lightningcss: { errorRecovery: true },
  },
  build: {
    // Every font and image becomes a hashed file: never inlined as data: URLs.
    assetsInlineLimit: 0,
    sourcemap: true,
  },
  server: {
    proxy: {
      '/api': apiServer,
      '/healthz': apiServer,
    },
  },
});
