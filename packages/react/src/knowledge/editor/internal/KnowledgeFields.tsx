import { type Control, type FieldErrors, type UseFormRegister, useWatch } from 'react-hook-form';
import { useDesigner } from '../../../state';
import { CharacterCounter, FieldErrorIcon } from '../../../ui';
import type { KnowledgeField } from '../../knowledgeKind';
import { KNOWLEDGE_MAX, type KnowledgeValues } from './knowledgeValues';

function Counter({
  control,
  field,
  id,
}: {
  control: Control<KnowledgeValues>;
  field: KnowledgeField;
  id: string;
}) {
  const { locale, messages } = useDesigner();
  const value = useWatch({ control, name: field });
  return (
    <CharacterCounter
      id={id}
      value={value ?? ''}
      max={KNOWLEDGE_MAX[field]}
      locale={locale}
      messages={messages.characterCounter}
    />
  );
}

function FieldError({ id, message }: { id: string; message: string }) {
  return (
    <p id={id} className="sona-knowledge-editor__error">
      <FieldErrorIcon />
      <span>{message}</span>
    </p>
  );
}

export interface KnowledgeFieldsProps {
  idPrefix: string;
  register: UseFormRegister<KnowledgeValues>;
  control: Control<KnowledgeValues>;
  errors: FieldErrors<KnowledgeValues>;
  readOnly: boolean;
}

/** Title and Content, each with its live counter and the error that says what to do. */
export function KnowledgeFields({ idPrefix, register, control, errors, readOnly }: KnowledgeFieldsProps) {
  const text = useDesigner().messages.library;
  const ids = (field: KnowledgeField) => ({
    control: `${idPrefix}-${field}`,
    counter: `${idPrefix}-${field}-counter`,
    error: `${idPrefix}-${field}-error`,
    hint: `${idPrefix}-${field}-hint`,
  });
  const title = ids('title');
  const content = ids('content');
  const titleError = errors.title?.message;
  const contentError = errors.content?.message;

  return (
    <div className="sona-knowledge-editor__fields">
      <div className="sona-knowledge-editor__field">
        <div className="sona-knowledge-editor__label-row">
          <label htmlFor={title.control} className="sona-knowledge-editor__label">
            {text.fieldTitle}
          </label>
          <Counter control={control} field="title" id={title.counter} />
        </div>
        <input
          id={title.control}
          className="sona-knowledge-editor__input"
          type="text"
          autoComplete="off"
          readOnly={readOnly}
          aria-invalid={titleError ? true : undefined}
          aria-describedby={[titleError ? title.error : null, title.counter].filter(Boolean).join(' ')}
          {...register('title')}
        />
        {titleError ? <FieldError id={title.error} message={titleError} /> : null}
      </div>
      <div className="sona-knowledge-editor__field sona-knowledge-editor__field--content">
        <div className="sona-knowledge-editor__label-row">
          <label htmlFor={content.control} className="sona-knowledge-editor__label">
            {text.fieldContent}
          </label>
          <Counter control={control} field="content" id={content.counter} />
        </div>
        {readOnly ? null : (
          <p id={content.hint} className="sona-knowledge-editor__hint">
            {text.contentHint}
          </p>
        )}
        <textarea
          id={content.control}
          className="sona-knowledge-editor__input sona-knowledge-editor__textarea"
          rows={14}
          readOnly={readOnly}
          aria-invalid={contentError ? true : undefined}
          aria-describedby={[
            contentError ? content.error : null,
            readOnly ? null : content.hint,
            content.counter,
          ]
            .filter(Boolean)
            .join(' ')}
          {...register('content')}
        />
        {contentError ? <FieldError id={content.error} message={contentError} /> : null}
      </div>
    </div>
  );
}
