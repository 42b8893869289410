import type { Preview } from '@storybook/react-vite';
import '../packages/react/src/styles.css';

const preview: Preview = {
  globalTypes: {
    theme: {
      description: 'Colour theme of the components',
      toolbar: {
        title: 'Theme',
        icon: 'mirror',
        items: [
          { value: 'light', title: 'Light' },
          { value: 'dark', title: 'Dark' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { theme: 'light' },
  parameters: {
    layout: 'fullscreen',
    controls: { matchers: { color: /(background|color)$/i } },
    // Accessibility violations fail the story's test.
    a11y: { test: 'error' },
  },
  decorators: [
    (Story, context) => (
      <div
        className="sona-root"
        data-theme={context.globals.theme === 'dark' ? 'dark' : 'light'}
        style={{ padding: '1.5rem', minHeight: '100vh', boxSizing: 'border-box' }}
      >
        <Story />
      </div>
    ),
  ],
};

export default preview;
