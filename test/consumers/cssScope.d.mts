/** The selectors of `css` naming a `.react-flow…` class: how many, and those not scoped under `.sona-root`. */
export declare function reactFlowSelectors(css: string): { count: number; unscoped: string[] };
