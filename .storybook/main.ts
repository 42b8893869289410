import type { StorybookConfig } from '@storybook/react-vite';
import { defaultClientConditions, mergeConfig } from 'vite';

const config: StorybookConfig = {
  framework: '@storybook/react-vite',
  // The introduction first; then every component's stories, each with a Docs page (autodocs, see preview.tsx).
  stories: ['./Introduction.mdx', '../packages/react/src/**/*.stories.tsx'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest'],
  core: { disableTelemetry: true },
  async viteFinal(viteConfig) {
    return mergeConfig(viteConfig, {
      // Packages are used from their sources, so stories need no build of the workspace first.
      resolve: { conditions: ['@sona-designer/source', ...defaultClientConditions] },
      build: {
        rolldownOptions: {
          onwarn(warning, warn) {
            // Dependencies' "use client" lines mean nothing outside React Server Components.
            if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
            warn(warning);
          },
        },
      },
    });
  },
};

export default config;
