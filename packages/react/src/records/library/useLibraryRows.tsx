import { useCallback } from 'react';
import type { LibraryMessages } from '../../i18n';
import { useDesigner } from '../../state';
import type { AnyRecordKind, RecordOf } from '../recordKind';
import { LibraryRow, type RowDetail } from './LibraryRow';
import { useBatchedRequest } from './useBatchedRequest';
import type { useLibraryController } from './useLibraryController';

/**
 * The row renderer a library gives `LibraryFrame`: one `LibraryRow` per record, new ones marked, usage fetched in
 * batches for the rows on screen. `detailOf` must be stable (a module-level function).
 */
export function useLibraryRows<K extends AnyRecordKind>(
  kind: K,
  library: ReturnType<typeof useLibraryController<K>>,
  detailOf: (record: RecordOf<K>, text: LibraryMessages) => RowDetail,
): (record: RecordOf<K>) => React.ReactNode {
  const { workspace } = useDesigner();
  const { list, onEdit, onDelete } = library;
  const requestUsage = useBatchedRequest((ids) => kind.ensureUsage(workspace, ids));
  return useCallback(
    (record: RecordOf<K>) => (
      <LibraryRow
        kind={kind}
        record={record}
        isNew={list.pinnedIds.has(record.id)}
        detailOf={detailOf}
        onEdit={onEdit}
        onDelete={onDelete}
        requestUsage={requestUsage}
      />
    ),
    [kind, detailOf, list.pinnedIds, onEdit, onDelete, requestUsage],
  );
}
