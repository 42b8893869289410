import type { DesignerAdapter } from '../../adapter/types';

/** Makes a new, empty adapter; called once per test. */
export type AdapterFactory = () => DesignerAdapter | Promise<DesignerAdapter>;
