import { useMessages } from '../../state';
import { SurfaceLoading } from './SurfaceLoading';

/** "Loading…" in a panel whose own loading state is not known yet. */
export function PanelLoading() {
  return <SurfaceLoading label={useMessages().inspector.loadingItem} />;
}

/** Stands in for nothing: for parts that appear in reaction to something (their code is preloaded by then). */
export function NothingYet() {
  return null;
}
