// Runs on `npm ci` / `npm install` (the "prepare" script): builds the web app so that `npm start`
// serves it right away. Skipped when the web app has no sources yet or vite is not installed.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';

if (fs.existsSync('web/vite.config.ts') && fs.existsSync('node_modules/.bin/vite')) {
  execFileSync('node_modules/.bin/vite', ['build', '--config', 'web/vite.config.ts', '--logLevel', 'warn'], {
    stdio: 'inherit',
  });
}
