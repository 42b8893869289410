import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect } from 'storybook/test';
import { CharacterCounter } from './CharacterCounter';

const meta = {
  title: 'Fields/CharacterCounter',
  component: CharacterCounter,
  parameters: {
    docs: {
      description: {
        component:
          'Counts characters as a person sees them (an emoji or an accented letter is one) against a field’s limit: “87 / 100”. From 90% of the limit it turns to the warning colour and is announced to screen readers; past the limit it says by how much. Any text field can point at it with `aria-describedby`.',
      },
    },
  },
  args: { value: 'a'.repeat(87), max: 100, id: 'counter' },
  argTypes: {
    locale: { control: 'inline-radio', options: ['en', 'fr'] },
  },
} satisfies Meta<typeof CharacterCounter>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  play: async ({ canvas }) => {
    await expect(canvas.getByText('87 / 100')).toBeVisible();
    await expect(canvas.getByText('87 of 100 characters used')).toBeInTheDocument();
  },
};

export const NearLimit: Story = {
  args: { value: 'a'.repeat(95) },
  play: async ({ canvas, canvasElement }) => {
    await expect(canvas.getByText('95 / 100')).toBeVisible();
    await expect(canvasElement.querySelector('#counter')).toHaveAttribute('aria-live', 'polite');
  },
};

export const OverLimit: Story = {
  args: { value: 'a'.repeat(112) },
  play: async ({ canvas }) => {
    await expect(canvas.getByText('112 / 100')).toBeVisible();
    await expect(canvas.getByText('12 over the limit')).toBeVisible();
  },
};

export const Emoji: Story = {
  args: { value: 'Merci 👍🏽 à bientôt 👨‍👩‍👧', max: 20 },
  play: async ({ canvas }) => {
    await expect(canvas.getByText('19 / 20')).toBeVisible();
  },
};

export const French: Story = {
  args: { value: 'a'.repeat(105), locale: 'fr' },
  play: async ({ canvas }) => {
    await expect(canvas.getByText('105 / 100')).toBeVisible();
    await expect(canvas.getByText('5 caractères en trop')).toBeVisible();
  },
};

export const Dark: Story = {
  args: { value: 'a'.repeat(112) },
  globals: { theme: 'dark' },
  play: async ({ canvas, canvasElement }) => {
    await expect(canvas.getByText('12 over the limit')).toBeVisible();
    await expect(canvasElement.querySelector('.sona-root')).toHaveAttribute('data-theme', 'dark');
  },
};

function FieldWithCounter({ max, locale }: { max: number; locale?: 'en' | 'fr' }) {
  const [value, setValue] = useState('Take a message');
  return (
    <div style={{ display: 'grid', gap: '0.25rem', maxWidth: '24rem' }}>
      <label htmlFor="job-name">Job name</label>
      <input
        id="job-name"
        value={value}
        onChange={(event) => setValue(event.target.value)}
        aria-describedby="job-name-counter"
        style={{ font: 'inherit', padding: '0.5rem' }}
      />
      <CharacterCounter id="job-name-counter" value={value} max={max} locale={locale} />
    </div>
  );
}

/** The counter under a field that references it with `aria-describedby`; type to see it change. */
export const InAField: Story = {
  args: { max: 20 },
  render: (args) => <FieldWithCounter max={args.max} locale={args.locale} />,
  play: async ({ canvas, userEvent }) => {
    const field = canvas.getByRole('textbox', { name: 'Job name' });
    await expect(canvas.getByText('14 / 20')).toBeVisible();
    await userEvent.type(field, ' for Marc 👍🏽');
    await expect(canvas.getByText('25 / 20')).toBeVisible();
    await expect(canvas.getByText('5 over the limit')).toBeVisible();
    await expect(field).toHaveAccessibleDescription('25 of 20 characters used 5 over the limit');
  },
};
