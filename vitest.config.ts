import { defineConfig } from 'vitest/config';
import { ClockLastSequencer } from './fixtures/kit/run/clock-last.js';

// Two projects share this file:
//  - "self": the kit's own tests (npm test).
//  - "conformance": the suites that judge a target (npm run conformance, which adds
//    the report writers and the target set-up; see fixtures/bin/conformance.ts).
export default defineConfig({
  test: {
    // Suite files that move the target's clock forward run last (their header says
    // `clock: advances`). A root option: Vitest takes the sequencer from the root config only.
    sequence: { sequencer: ClockLastSequencer },
    projects: [
      {
        test: {
          name: 'self',
          include: ['fixtures/tests/**/*.test.ts'],
          // GitHub's workflow parser imports JSON without import attributes, which Node 20
          // refuses; let Vite load it instead.
          server: { deps: { inline: ['@actions/workflow-parser'] } },
          // Both cores: most files wait on child runs (faults, variations, installs, timeouts)
          // rather than compute, and Vitest's default here would be one worker.
          maxWorkers: 2,
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        test: {
          name: 'conformance',
          include: ['suites/**/*.test.ts'],
          globalSetup: ['fixtures/kit/run/targets/global-setup.ts'],
          setupFiles: ['fixtures/kit/run/setup.ts'],
          // One worker: requests are paced per process, and stateful checks must not
          // race each other on a shared account.
          fileParallelism: false,
          // One module graph for the run: the client (pacing, request counts) is shared, and
          // collection stays cheap.
          isolate: false,
          maxWorkers: 1,
          pool: 'threads',
          // Transformed modules are kept on disk between runs (keyed by path, content and
          // config; cleared when package-lock.json changes): a run no longer pays for turning
          // the kit's TypeScript into JavaScript each time, most of its fixed cost after Vitest's own.
          experimental: { fsModuleCache: true },
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
