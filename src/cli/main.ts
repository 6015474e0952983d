import { Command } from 'commander';
import { ConfigError, loadConfig } from '../config.js';
import { startServer } from '../server.js';
import { DataDirLockedError } from '../store/data-lock.js';
import { openStore } from '../store/open-store.js';
import { registerAdminCommands } from './admin-commands.js';
import { registerGovernanceCommands } from './governance-commands.js';
import { UsageError } from './with-store.js';

const program = new Command()
  .name('cohelm')
  .description('Cohelm: a self-hosted, governed AI CoPilot and AI Agents layer for business workspaces');

program
  .command('serve')
  .description('Start the server (embedded PostgreSQL unless DATABASE_URL is set)')
  .action(async () => {
    const config = loadConfig();
    const server = await startServer(config);
    let signals = 0;
    const shutdown = (signal: string) => {
      signals++;
      if (signals > 1) {
        console.error('Forced exit.');
        process.exit(1);
      }
      console.log(`${signal}: finishing in-flight requests, then stopping…`);
      server.stop().then(
        () => process.exit(0),
        (err) => {
          console.error(err);
          process.exit(1);
        },
      );
    };
    process.on('SIGTERM', () => shutdown('SIGTERM'));
    process.on('SIGINT', () => shutdown('SIGINT'));
  });

program
  .command('migrate')
  .description('Apply pending database migrations')
  .action(async () => {
    const store = await openStore(loadConfig(), { shareRunning: true });
    await store.close();
    console.log('Migrations applied.');
  });

registerAdminCommands(program);
registerGovernanceCommands(program);

export { program };

async function main() {
  try {
    await program.parseAsync(process.argv);
  } catch (err) {
    if (err instanceof ConfigError || err instanceof DataDirLockedError || err instanceof UsageError) {
      console.error(err.message);
      process.exit(2);
    }
    throw err;
  }
}

await main();
