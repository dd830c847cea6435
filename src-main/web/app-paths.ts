/** Where the built renderer and the bundled resources are, seen from the built dist/<entry>/ file. */
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));

export const appPaths = {
  rendererDir: fileURLToPath(new URL('../../dist/renderer', import.meta.url)),
  samplesDir: fileURLToPath(new URL('../../resources/samples', import.meta.url)),
  root,
};
