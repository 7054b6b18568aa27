import '../ui/styles.css';
import { startApp } from '../ui/app.ts';
import { BrowserBackend } from '../ui/backend.ts';

startApp({ root: document.getElementById('app')!, backend: new BrowserBackend(), offerSidePanel: true });
