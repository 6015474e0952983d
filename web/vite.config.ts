import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The server serves web/dist at / (src/http/spa.ts); in development Vite serves the app and forwards the API.
export default defineConfig({
  root: decodeURIComponent(new URL('.', import.meta.url).pathname),
  base: '/',
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 1000,
    // Libraries change less often than the app: their own chunk stays cached across app updates.
    rolldownOptions: { output: { codeSplitting: { groups: [{ name: 'vendor', test: /node_modules/ }] } } },
  },
  server: { proxy: { '/api': { target: 'http://localhost:3000', changeOrigin: false } } },
});
