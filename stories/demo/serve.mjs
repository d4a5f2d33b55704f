// Serves the demo site from the repository root: `npm start`.
import { resolve } from 'node:path';
import { serveStatic } from '../../test/static-server.mjs';

const { port } = await serveStatic(resolve(import.meta.dirname, '../..'), {
  port: Number(process.env.PORT ?? 8080),
  home: '/stories/demo/',
});
console.log(`Ancrage demo: http://localhost:${port}/stories/demo/`);
