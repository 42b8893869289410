/** The minimap's size in pixels, shared by the minimap and the placeholder that holds its place while it loads. */
export const MINIMAP_SIZE = { width: 144, height: 96 } as const;
