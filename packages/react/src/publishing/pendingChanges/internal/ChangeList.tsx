import { formatMessage, selectPlural } from '../../../i18n';
import { useDesigner } from '../../../state';
import { withClassName } from '../../../ui';
import type { ChangeGroup, ChangeTag } from '../describeChanges';

export interface ChangeListProps {
  groups: readonly ChangeGroup[];
  /** Level of the step titles, one below the heading of the surrounding view. */
  headingLevel?: 3 | 4 | 5;
  /** Shows at most this many lines, then "…and N more". */
  limit?: number;
  className?: string;
}

/** Changes grouped by step: the step's title and kind, then one line per change. */
export function ChangeList({ groups, headingLevel = 3, limit, className }: ChangeListProps) {
  const { messages, locale } = useDesigner();
  const tags: Record<ChangeTag, string> = {
    theirs: messages.designer.conflictOnlyTheirs,
    yours: messages.designer.conflictOnlyYours,
    different: messages.designer.conflictDifferent,
  };
  const Heading = `h${headingLevel}` as const;
  let budget = limit ?? Number.POSITIVE_INFINITY;
  const total = groups.reduce((sum, group) => sum + group.changes.length, 0);
  const shown: ChangeGroup[] = [];
  for (const group of groups) {
    if (budget <= 0) break;
    const changes = group.changes.slice(0, budget);
    budget -= changes.length;
    shown.push({ ...group, changes });
  }
  const hidden = total - shown.reduce((sum, group) => sum + group.changes.length, 0);

  return (
    <div className={withClassName('sona-change-list', className)}>
      <ul className="sona-change-list__groups">
        {shown.map((group) => (
          <li key={group.key} className="sona-change-list__group">
            <Heading className="sona-change-list__step">
              <span className="sona-change-list__title" title={group.title}>
                {group.title}
              </span>
              {group.kind ? (
                <span className="sona-change-list__kind">{messages.stepKinds.kindLabel[group.kind]}</span>
              ) : null}
            </Heading>
            <ul className="sona-change-list__changes">
              {group.changes.map((change) => (
                <li key={change.key} className="sona-change-list__change" data-tag={change.tag}>
                  <span className="sona-change-list__text">{change.text}</span>
                  {change.tag ? (
                    <span className="sona-change-list__tag" data-tag={change.tag}>
                      {tags[change.tag]}
                    </span>
                  ) : null}
                  {change.values ? (
                    <dl className="sona-change-list__values">
                      <div>
                        <dt>{messages.designer.conflictTheirs}</dt>
                        <dd title={change.values.theirs}>{change.values.theirs}</dd>
                      </div>
                      <div>
                        <dt>{messages.designer.conflictYours}</dt>
                        <dd title={change.values.yours}>{change.values.yours}</dd>
                      </div>
                    </dl>
                  ) : null}
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
      {hidden > 0 ? (
        <p className="sona-change-list__more">
          {formatMessage(selectPlural(locale, messages.designer.conflictMore, hidden), { count: hidden })}
        </p>
      ) : null}
    </div>
  );
}
