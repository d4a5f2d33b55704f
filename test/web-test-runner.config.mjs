import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';
import { findChromium, CHROMIUM_ARGS } from './find-chromium.mjs';
import { devToolsCommands } from './server/commands.mjs';
import { fixtureRoutes } from './server/fixture-routes.mjs';
import { hostileRoutes } from './server/hostile-routes.mjs';

export default {
  rootDir: '.',
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  // One page at a time: a background tab gets no animation frames, and open-wc's fixture waits for one.
  concurrency: 1,
  browserStartTimeout: 60000,
  testsFinishTimeout: 300000,
  testFramework: { config: { timeout: 20000 } },
  // a11ySnapshot: the accessibility tree as a screen reader gets it, which axe (reading the DOM) does not see.
  plugins: [esbuildPlugin({ ts: true, target: 'es2021', tsconfig: 'tsconfig.json' }), devToolsCommands, a11ySnapshotPlugin()],
  middleware: [fixtureRoutes, hostileRoutes],
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath: findChromium(), args: CHROMIUM_ARGS },
    }),
  ],
};
