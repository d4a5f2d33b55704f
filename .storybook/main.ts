import type { StorybookConfig } from '@storybook/web-components-vite';

// No telemetry, no network: `--disable-telemetry` in the npm scripts covers the CLI too.
const config: StorybookConfig = {
  framework: '@storybook/web-components-vite',
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  // Part of `npm test`: warnings only. Storybook's own UI chunks are large by design.
  viteFinal: (config) => ({ ...config, logLevel: 'warn', build: { ...config.build, chunkSizeWarningLimit: 2048 } }),
};

export default config;
