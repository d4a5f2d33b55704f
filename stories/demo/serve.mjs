// Serves the demo site from the repository root: `npm start`.
import { resolve } from 'node:path';
import { serveStatic } from '../../test/static-server.mjs';

const { port } = await serveStatic(resolve(import.meta.dirname, '../..'), {
  port: Number(process.env.PORT ?? 8080),
  home: '/stories/demo/',
  // The generator's snippet loads the bundle (`crossorigin`) and the example feed from here: pasted
  // into a page of a local CMS or opened as a file, it must still work on this machine.
  cors: true,
});
console.log(`Ancrage demo: http://localhost:${port}/stories/demo/`);
