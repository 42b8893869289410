import type { PluginCreator } from 'postcss';

/** Scopes React Flow's stylesheet (and every `.react-flow…` selector) under `.sona-root`. */
export declare const scopeReactFlowCss: PluginCreator<void>;
