import { fileURLToPath } from 'node:url';

/** @type {import('next').NextConfig} */
export default {
  // The app folder is the root: no lockfile above it in the temporary folder should be taken for a workspace.
  turbopack: { root: fileURLToPath(new URL('.', import.meta.url)) },
};
