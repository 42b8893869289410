import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, userEvent, within } from 'storybook/test';
import { LibraryFrame } from '../../test/libraryFrame';
import { SearchBox, type SearchBoxProps } from './SearchBox';

/** The box with its text held here, as a library holds it. */
function Controlled(props: SearchBoxProps) {
  const [value, setValue] = useState(props.value);
  return <SearchBox {...props} value={value} onChange={setValue} />;
}

const meta = {
  title: 'Records/Library parts/SearchBox',
  component: SearchBox,
  args: {
    label: 'Search jobs',
    placeholder: 'Search by name or trigger',
    value: '',
    onChange: () => {},
    busy: false,
  },
  render: (args, { globals }) => (
    <LibraryFrame height="auto" theme={globals.theme === 'dark' ? 'dark' : 'light'}>
      <Controlled {...args} />
    </LibraryFrame>
  ),
} satisfies Meta<typeof SearchBox>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Typing searches. */
export const Typing: Story = {
  play: async ({ canvasElement }) => {
    const box = within(canvasElement).getByRole('searchbox', { name: 'Search jobs' });
    await userEvent.type(box, 'leak');
    await expect(box).toHaveValue('leak');
  },
};

/** A search is running: the spinner in the box, in the dark theme. */
export const Busy: Story = {
  args: { value: 'leak', busy: true },
  globals: { theme: 'dark' },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('searchbox', { name: 'Search jobs' })).toHaveValue('leak');
  },
};
