import { startEntityPage } from './entity-page.js';
import { startExplorer } from './explorer.js';

// One script for both pages: /explore (the network) and /explore/entity/<id> (one entity's record).
const root = document.getElementById('app')!;
const entityPath = /^\/explore\/entity\/([^/]+)$/.exec(location.pathname);
if (entityPath) void startEntityPage(root, decodeURIComponent(entityPath[1]));
else startExplorer(root);
