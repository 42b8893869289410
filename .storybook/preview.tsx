import { registerMessages } from '@sona-designer/react';
import { fr } from '@sona-designer/react/locales/fr';
import type { Preview } from '@storybook/react-vite';
import { configure } from 'storybook/test';
import '../packages/react/src/styles.css';

// French ships on demand; registered here, as a host would, so French stories render in their first frame.
registerMessages('fr', fr);

// Parts of the components load on demand: the first load of one in a full test run on a busy 2-core machine can take
// a few seconds (Vite transforms it then), not the 1 s a play function's queries wait by default.
configure({ asyncUtilTimeout: 5000 });

const preview: Preview = {
  // Every component gets a Docs page: its description (the component's doc comment or
  // `parameters.docs.description.component`), its props and all its stories.
  tags: ['autodocs'],
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
    options: {
      storySort: { order: ['Introduction', 'Designer', 'Jobs', 'Knowledge', 'Simulator', 'Fields'] },
    },
  },
  decorators: [
    (Story, context) => (
      <div
        className="sona-root"
        data-theme={context.globals.theme === 'dark' ? 'dark' : 'light'}
        // On a Docs page, stories sit one below the other: each takes only the height it needs.
        style={{
          padding: '1.5rem',
          minHeight: context.viewMode === 'docs' ? undefined : '100vh',
          boxSizing: 'border-box',
        }}
      >
        <Story />
      </div>
    ),
  ],
};

export default preview;
