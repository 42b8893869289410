import { IMPORT_BOUNDS } from '@sona-designer/core/io';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, waitFor, within } from 'storybook/test';
import type { Locale } from '../../i18n';
import { createFixtureAdapter } from '../../test/fixtures';
import { LibraryFrame } from '../../test/libraryFrame';
import { ExportWorkspaceButton } from '../ExportWorkspaceButton';
import { ImportDialog } from './ImportDialog';
import { ImportDialogFrame } from './ImportDialogFrame';
import type { ImportPhase } from './importPhase';
import { importPhases, noImportActions } from './importStoryFixtures';

interface StateArgs {
  phase: ImportPhase;
  locale?: Locale;
}

/** One phase of the dialog, held still. */
function ImportState({ phase, locale = 'en', theme = 'light' }: StateArgs & { theme?: 'light' | 'dark' }) {
  return (
    <LibraryFrame locale={locale} theme={theme} height="100vh">
      <ImportDialogFrame
        open
        onOpenChange={() => undefined}
        phase={phase}
        actions={noImportActions}
        maxBytes={IMPORT_BOUNDS.documentCharacters}
        exportFirst={
          <ExportWorkspaceButton
            workspaceName="Café Lumière"
            label="Export the workspace first"
            onExport={() => undefined}
          />
        }
      />
    </LibraryFrame>
  );
}

const meta = {
  title: 'Jobs/ImportDialog',
  component: ImportState,
  render: (args, { globals }) => (
    <ImportState {...args} theme={globals.theme === 'dark' ? 'dark' : 'light'} />
  ),
  parameters: {
    docs: {
      description: {
        component:
          'Imports a workspace or call flow export. Each story holds one step of the dialog still; **Imports a file** runs the real dialog on the demo workspace.',
      },
      story: { inline: false, iframeHeight: 720 },
    },
  },
} satisfies Meta<typeof ImportState>;

export default meta;
type Story = StoryObj<typeof meta>;

const dialogOf = (canvasElement: HTMLElement) =>
  within(canvasElement.ownerDocument.body).findByRole('dialog', {
    name: /Import into the workspace|Importer/,
  });

/** The first step: drop a file or choose one; the limit is said up front. */
export const ChooseAFile: Story = {
  args: { phase: importPhases.choose },
  play: async ({ canvasElement }) => {
    const dialog = await dialogOf(canvasElement);
    await waitFor(() => expect(within(dialog).getByRole('button', { name: 'Choose a file' })).toHaveFocus());
    await expect(within(dialog).getByText('Up to 50 MB. Nothing changes until you confirm.')).toBeVisible();
  },
};

/** A file over the bound is refused before it is read, with what to do instead. */
export const FileTooLarge: Story = {
  args: { phase: importPhases.tooLarge },
  play: async ({ canvasElement }) => {
    const dialog = await dialogOf(canvasElement);
    await expect(within(dialog).getByRole('alert')).toHaveTextContent('This file is 61.2 MB; at most 50 MB');
  },
};

/** A large file being read: the bar shows the share read. */
export const Reading: Story = {
  args: { phase: importPhases.reading },
  play: async ({ canvasElement }) => {
    const dialog = await dialogOf(canvasElement);
    await expect(within(dialog).getByRole('progressbar')).toHaveAttribute('aria-valuenow', '45');
    await expect(within(dialog).getByText('45% of 38.4 MB')).toBeVisible();
    await expect(within(dialog).getByRole('button', { name: 'Cancel' })).toBeVisible();
  },
};

/** Read; now checked against the rules and compared with the workspace. */
export const Checking: Story = {
  args: { phase: importPhases.checking },
};

/** A refused file: every problem with its JSON path; nothing was imported. */
export const Problems: Story = {
  args: { phase: importPhases.problems },
  play: async ({ canvasElement }) => {
    const dialog = await dialogOf(canvasElement);
    const list = within(dialog).getByRole('list', { name: 'Problems in the file' });
    await expect(within(list).getAllByRole('listitem')).toHaveLength(4);
    await expect(within(list).getAllByRole('listitem')[0]).toHaveTextContent('$.jobs[3].name');
  },
};

/** Merge (the default): what is added, and what is added as a copy because its id is taken. */
export const PreviewMerge: Story = {
  args: { phase: importPhases.previewMerge },
  play: async ({ canvasElement }) => {
    const dialog = await dialogOf(canvasElement);
    await expect(within(dialog).getByRole('radio', { name: /Add to the workspace/ })).toBeChecked();
    await expect(within(dialog).getByRole('columnheader', { name: 'Added as copies' })).toBeVisible();
  },
};

/** Replace: what is overwritten and what is deleted, by name. */
export const PreviewReplace: Story = {
  args: { phase: importPhases.previewReplace },
  play: async ({ canvasElement }) => {
    const dialog = await dialogOf(canvasElement);
    await expect(within(dialog).getByRole('columnheader', { name: 'Deleted' })).toBeVisible();
    await expect(within(dialog).getByText(/^Jobs · Deleted: /)).toBeVisible();
    await expect(within(dialog).getByRole('button', { name: 'Replace workspace' })).toBeVisible();
  },
};

/** A replace that loses work asks first, and offers to export the workspace as it is. */
export const ConfirmReplace: Story = {
  args: { phase: importPhases.confirm },
  play: async ({ canvasElement }) => {
    const dialog = await dialogOf(canvasElement);
    await expect(within(dialog).getByRole('alert')).toHaveTextContent(
      'This deletes or overwrites 5 jobs and 6 call summaries.',
    );
    await expect(within(dialog).getByRole('button', { name: 'Export the workspace first' })).toBeVisible();
    await waitFor(() => expect(within(dialog).getByRole('button', { name: 'Back' })).toHaveFocus());
  },
};

/** The import runs: nothing can be changed or closed until it ends. */
export const Importing: Story = {
  args: { phase: importPhases.importing },
};

/** The adapter failed: nothing changed, the file and the choice are kept, Try again. */
export const Failed: Story = {
  args: { phase: importPhases.failed },
  play: async ({ canvasElement }) => {
    const dialog = await dialogOf(canvasElement);
    await expect(within(dialog).getByRole('alert')).toHaveTextContent('nothing changed');
    await expect(within(dialog).getByRole('button', { name: 'Try again' })).toBeVisible();
  },
};

/** Done: what came in, and how many records got a new id. */
export const Done: Story = {
  args: { phase: importPhases.done },
};

/** French: the replace preview. */
export const FrenchPreview: Story = {
  args: { phase: importPhases.previewReplace, locale: 'fr' },
  play: async ({ canvasElement }) => {
    const dialog = await dialogOf(canvasElement);
    await expect(within(dialog).getByRole('columnheader', { name: 'Supprimés' })).toBeVisible();
    await expect(within(dialog).getByRole('button', { name: 'Remplacer l’espace de travail' })).toBeVisible();
  },
};

/** French: the problems. */
export const FrenchProblems: Story = {
  args: { phase: importPhases.problems, locale: 'fr' },
};

/** The real dialog on the demo workspace: a file chosen, previewed, imported. */
export const ImportsAFile: Story = {
  args: { phase: importPhases.choose },
  render: (_args, { globals }) => (
    <LibraryFrame
      makeAdapter={createFixtureAdapter}
      theme={globals.theme === 'dark' ? 'dark' : 'light'}
      height="100vh"
    >
      <ImportDialog open onOpenChange={() => undefined} />
    </LibraryFrame>
  ),
  play: async ({ canvasElement }) => {
    const dialog = await dialogOf(canvasElement);
    const source = await createFixtureAdapter().exportWorkspace();
    const file = new File(
      [
        JSON.stringify({
          ...source,
          jobs: [{ ...source.jobs[0], id: 'job-story', name: 'From the file' }],
          callFlows: [],
          knowledge: [],
        }),
      ],
      'one-job.json',
      { type: 'application/json' },
    );
    const transfer = new DataTransfer();
    transfer.items.add(file);
    const input = dialog.querySelector<HTMLInputElement>('input[type="file"]');
    if (!input) throw new Error('The dialog has a file input');
    input.files = transfer.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await expect(await within(dialog).findByRole('table')).toBeVisible();
    within(dialog).getByRole('button', { name: 'Import' }).click();
    await expect(await within(dialog).findByText('Imported')).toBeVisible();
  },
};
