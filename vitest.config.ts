import { existsSync, readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { defineConfig } from 'vitest/config';
import type { TestSpecification } from 'vitest/node';
import { ClockLastSequencer } from './fixtures/kit/run/clock-last.js';

/**
 * npm test's pool (fixtures/tests/support/warm-thread-pool.mjs): each file starts from fresh
 * modules, in a thread reused from file to file rather than a process of its own, which halves
 * the cost of the light files. Absent from the package, which ships without fixtures/tests.
 */
const SELF_POOL = new URL('./fixtures/tests/support/warm-thread-pool.mjs', import.meta.url);
const selfPool = existsSync(SELF_POOL) ? (await import(SELF_POOL.href)).fileThreadPool : 'forks';

/** Measured worker seconds of the kit's slowest self-test files (read, not imported: the package ships without fixtures/tests). */
const SLOW_FILES = new URL('./fixtures/tests/support/slow-files.json', import.meta.url);

/**
 * npm test: the slow self-test files listed in SLOW_FILES start first, longest first, so the
 * proofs do not start late and leave a long tail (a fresh clone has no Vitest cache to order
 * by). Every other file, and every conformance run, keeps the kit's order (ClockLastSequencer).
 */
class SlowFirstSequencer extends ClockLastSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    if (!sorted.some((f) => f.project.name === 'self') || !existsSync(SLOW_FILES)) return sorted;
    const seconds = (JSON.parse(readFileSync(SLOW_FILES, 'utf8')) as { seconds: Record<string, number> }).seconds;
    const known = (f: TestSpecification) => (f.project.name === 'self' ? seconds[relative(this.ctx.config.root, f.moduleId)] : undefined);
    const slow = sorted.filter((f) => known(f) !== undefined).sort((a, b) => known(b)! - known(a)!);
    return [...slow, ...sorted.filter((f) => known(f) === undefined)];
  }
}

// Two projects share this file:
//  - "self": the kit's own tests (npm test).
//  - "conformance": the suites that judge a target (npm run conformance, which adds
//    the report writers and the target set-up; see fixtures/bin/conformance.ts).
export default defineConfig({
  test: {
    // Suite files that move the target's clock forward run last (their header says
    // `clock: advances`); npm test's slowest files first. A root option: Vitest takes the
    // sequencer from the root config only.
    sequence: { sequencer: SlowFirstSequencer },
    projects: [
      {
        test: {
          name: 'self',
          include: ['fixtures/tests/**/*.test.ts'],
          // GitHub's workflow parser imports JSON without import attributes, which Node 20
          // refuses; let Vite load it instead.
          server: { deps: { inline: ['@actions/workflow-parser'] } },
          // Three files at a time on two cores: many files wait on child runs (the pooled
          // conformance runs, installs, timeouts) rather than compute, so a third keeps the
          // cores busy while the two proofs, started first, run (Vitest's default here is one).
          maxWorkers: 3,
          // Threads reused from file to file: Vitest must see `isolate: false` to reuse one;
          // the pool still starts every file from fresh modules. The pooled conformance
          // children pass to the next file in the thread; a file leaves at most two (setup file).
          pool: selfPool,
          isolate: false,
          setupFiles: ['fixtures/tests/support/file-end.ts'],
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
