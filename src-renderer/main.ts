import '@fontsource/noto-sans/400.css';
import '@fontsource/noto-sans/600.css';
import '@fontsource/noto-sans-hebrew/400.css';
import '@fontsource/noto-sans-hebrew/600.css';
import '@fontsource/noto-serif/400.css';
import '@fontsource/noto-serif/600.css';
import '@fontsource/noto-serif-hebrew/400.css';
import '@fontsource/noto-sans-sc/400.css';
import '@fontsource/noto-sans-arabic/400.css';
import './styles/theme.css';
import './styles/base.css';

import { mount } from 'svelte';
import App from './App.svelte';
import { handleError } from './lib/handle-error.js';
import { settings } from './stores/settings.svelte.js';

// The chosen theme before the first paint.
settings.apply();

// Whatever escapes a component still reaches the one error path.
window.addEventListener('unhandledrejection', (event) => {
  event.preventDefault();
  handleError(event.reason);
});
window.addEventListener('error', (event) => {
  if (event.error) handleError(event.error);
});

const target = document.getElementById('app');
if (!target) throw new Error('index.html lacks #app');

export default mount(App, { target });
