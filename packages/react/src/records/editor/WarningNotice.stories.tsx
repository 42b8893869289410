import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, waitFor } from 'storybook/test';
import { WarningNotice } from './WarningNotice';

/** The warning that opens an editor's step; its heading takes focus so it is read at once. */
const meta = {
  title: 'Fields/WarningNotice',
  component: WarningNotice,
  args: {
    block: 'sona-job-editor',
    toneMark: 'modifier',
    headingId: 'warning-notice-title',
    title: 'Someone saved this job first',
    children: <p>Choose, field by field, which version to keep.</p>,
  },
} satisfies Meta<typeof WarningNotice>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Marked by a modifier class: the heading and its words, and the heading has focus. */
export const Modifier: Story = {
  play: async ({ canvas }) => {
    const heading = canvas.getByRole('heading', { name: 'Someone saved this job first' });
    await waitFor(() => expect(heading).toHaveFocus());
    await expect(canvas.getByText('Choose, field by field, which version to keep.')).toBeVisible();
  },
};

/** Marked by a `data-tone` attribute, as the knowledge editor does. */
export const Attribute: Story = {
  args: {
    block: 'sona-knowledge-editor',
    toneMark: 'attribute',
    title: 'This page is used in 3 places',
    children: <p>Saving changes it everywhere it is used.</p>,
  },
  play: async ({ canvas }) => {
    const heading = canvas.getByRole('heading', { name: 'This page is used in 3 places' });
    await waitFor(() => expect(heading).toHaveFocus());
    await expect(canvas.getByText('Saving changes it everywhere it is used.')).toBeVisible();
  },
};
