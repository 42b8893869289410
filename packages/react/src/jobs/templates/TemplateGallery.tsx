import * as Dialog from '@radix-ui/react-dialog';
import { type Job, type JobTemplate, templateToJobInput } from '@sona-designer/core';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { formatMessage, formatNumber, provideEnglish, selectPlural, templatesEn } from '../../i18n';
import { useDesigner } from '../../state';
import { CloseIcon, ErrorIcon, SpinnerIcon, useFocusReturn, usePortalContainer } from '../../ui';
import { LazyJobEditor } from '../editor/lazy';
import { CategoryChips } from './internal/CategoryChips';
import { type CategoryFilter, filterTemplates } from './internal/filterTemplates';
import { TemplateCard } from './internal/TemplateCard';
import { TemplatePreview } from './internal/TemplatePreview';
import { useTemplates } from './internal/useTemplates';

// The gallery's English texts come with its code, not with the package's first download.
provideEnglish('templates', templatesEn);

/** Props of `TemplateGallery`, a controlled dialog. */
export interface TemplateGalleryProps {
  /** Whether the dialog is open (controlled). */
  open: boolean;
  /** Asks to open or close (Escape, the close button, or after a job was created). */
  onOpenChange(open: boolean): void;
  /** After a job is created from a template (as it is, or customized and saved); the gallery then closes. */
  onJobCreated?(job: Job): void;
}

/**
 * The "Templates" dialog: the built-in templates in the designer's language as cards, with a category filter, a
 * search and a preview of the full instructions. **Use template** creates the job as it is; **Customize** opens the
 * job editor prefilled, and the job exists only once saved there.
 */
export function TemplateGallery({ open, onOpenChange, onJobCreated }: TemplateGalleryProps) {
  const { messages } = useDesigner();
  const text = messages.templates;
  const [portalRef, container] = usePortalContainer();
  const focusReturn = useFocusReturn();

  return (
    <>
      <span hidden ref={portalRef} />
      {container ? (
        <Dialog.Root open={open} onOpenChange={onOpenChange}>
          <Dialog.Portal container={container}>
            <Dialog.Overlay className="sona-modal-overlay" />
            <Dialog.Content
              className="sona-modal sona-template-gallery"
              onCloseAutoFocus={focusReturn.onCloseAutoFocus}
              onOpenAutoFocus={(event) => {
                focusReturn.remember();
                // The search box takes focus once the templates are there; until then, the dialog itself.
                event.preventDefault();
                (event.currentTarget as HTMLElement | null)?.focus();
              }}
            >
              <div className="sona-template-gallery__header">
                <Dialog.Title className="sona-modal__title">{text.title}</Dialog.Title>
                <Dialog.Close className="sona-icon-button sona-job-editor__close" aria-label={text.close}>
                  <CloseIcon />
                </Dialog.Close>
              </div>
              <Dialog.Description className="sona-modal__description">{text.intro}</Dialog.Description>
              <GalleryBody
                onCreated={(job) => {
                  onJobCreated?.(job);
                  onOpenChange(false);
                }}
              />
            </Dialog.Content>
          </Dialog.Portal>
        </Dialog.Root>
      ) : null}
    </>
  );
}

function GalleryBody({ onCreated }: { onCreated(job: Job): void }) {
  const { messages } = useDesigner();
  const text = messages.templates;
  const { load, retry } = useTemplates();

  if (load.status === 'loading') {
    return (
      <div className="sona-template-gallery__placeholder">
        <p className="sona-job-editor__loading" role="status">
          <SpinnerIcon />
          {text.loading}
        </p>
      </div>
    );
  }
  if (load.status === 'error') {
    return (
      <div className="sona-template-gallery__placeholder">
        <div className="sona-job-editor__failure" role="alert">
          <ErrorIcon />
          <span>{text.loadFailed}</span>
          <button type="button" className="sona-button" onClick={retry}>
            {text.retry}
          </button>
        </div>
      </div>
    );
  }
  return <GalleryBrowser templates={load.templates} onCreated={onCreated} />;
}

function GalleryBrowser({ templates, onCreated }: { templates: JobTemplate[]; onCreated(job: Job): void }) {
  const { adapter, workspace, messages, locale, readOnly } = useDesigner();
  const text = messages.templates;
  const id = useId();
  const [query, setQuery] = useState('');
  const [category, setCategory] = useState<CategoryFilter>('all');
  const [selectedId, setSelectedId] = useState<string | null>(templates[0]?.id ?? null);
  const [creating, setCreating] = useState<'idle' | 'busy' | 'failed'>('idle');
  const [customizing, setCustomizing] = useState<JobTemplate | null>(null);
  const search = useRef<HTMLInputElement>(null);

  useEffect(() => {
    search.current?.focus();
  }, []);

  const categories = text.categories;
  const matching = useMemo(
    () => filterTemplates(templates, query, 'all', (value) => categories[value]),
    [templates, query, categories],
  );
  const visible = useMemo(
    () => (category === 'all' ? matching : matching.filter((template) => template.category === category)),
    [matching, category],
  );
  const counts = useMemo(() => {
    const result = { all: matching.length } as Record<CategoryFilter, number>;
    for (const template of templates) result[template.category] ??= 0;
    for (const template of matching) result[template.category] = (result[template.category] ?? 0) + 1;
    return result;
  }, [templates, matching]);
  const present = useMemo(() => new Set(templates.map((template) => template.category)), [templates]);
  const selected = visible.find((template) => template.id === selectedId) ?? visible[0] ?? null;

  const createFromTemplate = async (template: JobTemplate) => {
    if (creating === 'busy') return;
    setCreating('busy');
    try {
      const job = await adapter.createJob(templateToJobInput(template));
      workspace.getState().putJob(job);
      setCreating('idle');
      onCreated(job);
    } catch {
      setCreating('failed');
    }
  };

  return (
    <div className="sona-template-gallery__main">
      <div className="sona-template-gallery__toolbar">
        <div className="sona-template-gallery__search">
          <label htmlFor={`${id}-search`} className="sona-visually-hidden">
            {text.search}
          </label>
          <svg viewBox="0 0 20 20" width="16" height="16" aria-hidden="true" focusable="false">
            <circle cx="9" cy="9" r="5.5" fill="none" stroke="currentColor" strokeWidth="1.8" />
            <path d="m13 13 3.5 3.5" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" />
          </svg>
          <input
            ref={search}
            id={`${id}-search`}
            type="search"
            className="sona-job-editor__control"
            placeholder={text.search}
            autoComplete="off"
            value={query}
            onChange={(event) => setQuery(event.target.value)}
          />
        </div>
        <CategoryChips value={category} counts={counts} present={present} onChange={setCategory} />
      </div>
      <div className="sona-template-gallery__panes">
        <div className="sona-template-gallery__list">
          <p className="sona-template-gallery__count" role="status">
            {formatMessage(selectPlural(locale, text.count, visible.length), {
              count: formatNumber(locale, visible.length),
            })}
          </p>
          {visible.length === 0 ? (
            <div className="sona-template-gallery__empty">
              <p>{formatMessage(text.noMatch, { query: query.trim() })}</p>
              <button
                type="button"
                className="sona-button"
                onClick={() => {
                  setQuery('');
                  setCategory('all');
                  search.current?.focus();
                }}
              >
                {text.clearFilters}
              </button>
            </div>
          ) : (
            <fieldset className="sona-template-gallery__cards">
              <legend className="sona-visually-hidden">{text.listLabel}</legend>
              {visible.map((template) => (
                <TemplateCard
                  key={template.id}
                  template={template}
                  group={`${id}-template`}
                  selected={template.id === selected?.id}
                  onSelect={() => {
                    setSelectedId(template.id);
                    setCreating('idle');
                  }}
                />
              ))}
            </fieldset>
          )}
        </div>
        <div className="sona-template-gallery__preview">
          {selected ? (
            <>
              {/* Scrolls on its own: the box takes focus so the keyboard can scroll long instructions. */}
              {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard */}
              <div className="sona-template-gallery__preview-scroll" tabIndex={0}>
                <TemplatePreview template={selected} />
              </div>
              {readOnly ? null : (
                <div className="sona-template-gallery__actions">
                  {creating === 'failed' ? (
                    <p className="sona-job-editor__failure" role="alert">
                      <ErrorIcon />
                      <span>{text.createFailed}</span>
                    </p>
                  ) : (
                    <p className="sona-template-gallery__hint">{text.useHint}</p>
                  )}
                  <div className="sona-job-editor__actions">
                    <button
                      type="button"
                      className="sona-button"
                      disabled={creating === 'busy'}
                      onClick={() => setCustomizing(selected)}
                    >
                      {text.customize}
                    </button>
                    <button
                      type="button"
                      className="sona-button sona-button--primary"
                      aria-disabled={creating === 'busy' || undefined}
                      aria-busy={creating === 'busy' || undefined}
                      onClick={() => void createFromTemplate(selected)}
                    >
                      {creating === 'busy' ? <SpinnerIcon /> : null}
                      {text.useTemplate}
                    </button>
                  </div>
                  <p className="sona-visually-hidden" role="status">
                    {creating === 'busy' ? text.creating : ''}
                  </p>
                </div>
              )}
            </>
          ) : (
            <p className="sona-template-gallery__choose">{text.choose}</p>
          )}
        </div>
      </div>
      <LazyJobEditor
        open={customizing !== null}
        onOpenChange={(next) => {
          if (!next) setCustomizing(null);
        }}
        {...(customizing ? { initial: templateToJobInput(customizing) } : {})}
        onSaved={onCreated}
      />
    </div>
  );
}
