import { useState } from 'react';
import { expect, test } from 'vitest';
import { userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import '../../styles.css';
import { DesignerProvider } from '../../state';
import { createFixtureAdapter } from '../../test/fixtures';
import { JobEditor } from './JobEditor';

function OpenFromAButton() {
  const [open, setOpen] = useState(false);
  return (
    <DesignerProvider adapter={createFixtureAdapter()}>
      <button type="button" onClick={() => setOpen(true)}>
        Write a job
      </button>
      <JobEditor open={open} onOpenChange={setOpen} />
    </DesignerProvider>
  );
}

test('closing the editor gives focus back to what opened it, though hosts open it without a Radix trigger', async () => {
  const screen = await render(<OpenFromAButton />);
  const opener = screen.getByRole('button', { name: 'Write a job' });
  await opener.click();
  await expect.element(screen.getByRole('dialog', { name: 'New job' })).toBeVisible();
  await userEvent.keyboard('{Escape}');
  await expect.element(screen.getByRole('dialog', { name: 'New job' })).not.toBeInTheDocument();
  expect(document.activeElement).toBe(opener.element());
});
