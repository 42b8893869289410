// The render of the stories of a Sona step's sections (jobs, knowledge): not exported by the package.
import type { ComponentType, ReactElement } from 'react';
import { HistoryControls } from '../designer/historyControls/HistoryControls';
import { InspectorFixture, type InspectorFixtureProps } from './InspectorFixture';

/** What a story sets in `parameters.fixture`: the flow, the adapter, the locale… (the theme comes from the toolbar). */
export type SectionFixture = Omit<InspectorFixtureProps, 'children' | 'theme'>;

/** What a story's render receives besides its args. */
interface StoryContextLike {
  parameters: { fixture?: unknown };
  globals: { theme?: unknown };
}

/** Renders `Section` in the inspector fixture of `parameters.fixture`, with Undo and Redo above it. */
export function sectionStoryRender<Props extends object>(Section: ComponentType<Props>) {
  return (args: Props, { parameters, globals }: StoryContextLike): ReactElement => (
    <InspectorFixture
      {...((parameters.fixture ?? {}) as SectionFixture)}
      theme={globals.theme === 'dark' ? 'dark' : 'light'}
    >
      <div style={{ padding: '0 1rem 1rem' }}>
        <HistoryControls />
        <Section {...args} />
      </div>
    </InspectorFixture>
  );
}
