import { accountBox, whoAmI } from './account.js';
import { startDesk } from './desk/desk.js';
import { h } from './dom.js';
import { startEntityPage } from './entity-page.js';
import { startExplorer } from './explorer.js';
import { startReviewQueue } from './review/queue.js';

// One script for every page: /explore (the network), /explore/entity/<id> (one entity's record) and
// /explore/desk (the editor's desk), /explore/review (the review queue). Who the visitor is is asked once, for all of them.
const root = document.getElementById('app')!;
const viewer = whoAmI();
const entityPath = /^\/explore\/entity\/([^/]+)$/.exec(location.pathname);
if (location.pathname === '/explore/desk') void startDesk(root, viewer);
else if (location.pathname === '/explore/review') void startReviewQueue(root, viewer);
else if (entityPath) {
  root.append(
    h('header', {}, h('a', { href: '/explore' }, 'Explorer'), h('a', { href: '/explore/review' }, 'Review queue'), accountBox(viewer)),
  );
  void startEntityPage(root, decodeURIComponent(entityPath[1]), viewer);
} else startExplorer(root, viewer);
