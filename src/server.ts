import type { Config } from './config.js';
import { describeConfig } from './config.js';
import { seedDemo } from './demo/seed-demo.js';
import { EventDispatcher } from './events/dispatcher.js';
import { EventSignal } from './events/event-signal.js';
import { BUILT_IN_SUBSCRIBERS } from './events/subscribers/index.js';
import { offlineSpeechEngine } from './governance/index.js';
import { buildApp } from './http/app.js';
import type { App } from './http/types.js';
import { detectAudioTools } from './speech/index.js';
import { openStore, type Store } from './store/open-store.js';
import { PgListener } from './store/pg-listener.js';
import { accounts } from './store/schema/index.js';
import { sweepStaleUploads } from './workspace/calls/recording-files.js';

export type RunningServer = { app: App; store: Store; url: string; stop(): Promise<void> };

/**
 * Starts everything `cohelm serve` runs: the database (embedded or external), migrations, the demo
 * account on an empty database, the event dispatcher and the HTTP server.
 */
export async function startServer(
  config: Config,
  out: (line: string) => void = console.log,
): Promise<RunningServer> {
  const store = await openStore(config, { log: (m) => out(m) });
  let app: App | undefined;
  let dispatcher: EventDispatcher | undefined;
  let listener: PgListener | undefined;
  let signal: EventSignal | undefined;
  try {
    let credentials: { email: string; password: string } | undefined;
    if (config.COHELM_SEED_DEMO) {
      const [existing] = await store.db.select({ id: accounts.id }).from(accounts).limit(1);
      if (!existing) {
        out('Empty database: creating the demo account…');
        const seeded = await seedDemo(store.db, {
          adminEmail: config.COHELM_ADMIN_EMAIL,
          adminPassword: config.COHELM_ADMIN_PASSWORD,
          onlyIfEmpty: true,
          recordingsDir: config.recordingsDir,
        });
        credentials = seeded?.admin;
      }
    }
    const swept = await sweepStaleUploads(config.recordingsDir);
    if (swept) out(`Removed ${swept} unfinished recording upload(s) left by an earlier crash.`);
    listener = new PgListener(store.url);
    await listener.start();
    signal = new EventSignal(store.pool);
    const wake = signal;
    app = await buildApp({
      config,
      db: store.db,
      listener,
      // This process delivers its own events at once; the NOTIFY wakes the other processes (and this
      // one's dispatcher again, which then finds nothing left).
      afterWrite: () => {
        wake.poke();
        dispatcher?.kick();
      },
      ping: async () => void (await store.pool.query('select 1')),
    });
    app.log.info({ config: describeConfig(config), database: store.mode }, 'starting');
    dispatcher = new EventDispatcher({
      db: store.db,
      listener,
      pollMs: config.COHELM_EVENT_POLL_MS,
      subscribers: BUILT_IN_SUBSCRIBERS,
      log: app.log,
    });
    await dispatcher.start();
    const address = await app.listen({ host: config.HOST, port: config.PORT });
    const url = config.COHELM_PUBLIC_URL ?? address.replace('127.0.0.1', 'localhost');
    out('');
    out(`Cohelm is running at ${url}`);
    out(
      `  API docs: ${url}/api/docs · database: ${store.mode === 'external' ? 'external PostgreSQL' : 'embedded PostgreSQL'}`,
    );
    const [speechEngine, audioTools] = await Promise.all([offlineSpeechEngine(), detectAudioTools()]);
    const missing = [
      ...(speechEngine.available ? [] : ['pocketsphinx pocketsphinx-en-us']),
      ...(audioTools.ffmpeg ? [] : ['ffmpeg']),
    ];
    if (missing.length)
      out(
        `  Offline call transcription is off: install it with "sudo apt-get install -y ${missing.join(' ')}" (or connect a Whisper server)`,
      );
    if (credentials) {
      out(`  Sign in as ${credentials.email} with password ${credentials.password}`);
      out('  (shown once; change it under Settings → Password, or with: npx cohelm user reset-password)');
    }
    out('');
    const running = app;
    const runningDispatcher = dispatcher;
    const runningListener = listener;
    let stopping: Promise<void> | undefined;
    return {
      app: running,
      store,
      url,
      stop() {
        // Stop accepting, let in-flight requests finish, then the dispatcher, then the database.
        stopping ??= (async () => {
          await running.close();
          signal?.stop();
          await runningDispatcher.stop();
          await runningListener.stop();
          await store.close();
        })();
        return stopping;
      },
    };
  } catch (err) {
    await app?.close();
    await dispatcher?.stop();
    await listener?.stop();
    await store.close();
    throw err;
  }
}
