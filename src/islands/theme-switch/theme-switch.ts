// The theme switch: follow the system, or keep light or dark across pages (applied before paint by /theme.js).
import { storageKeys } from '../../lib/storage.ts';

type Theme = 'system' | 'light' | 'dark';

function savedTheme(): Theme {
  try {
    const value = localStorage.getItem(storageKeys.theme);
    return value === 'light' || value === 'dark' ? value : 'system';
  } catch {
    return 'system';
  }
}

function applyTheme(theme: Theme) {
  if (theme === 'system') delete document.documentElement.dataset['theme'];
  else document.documentElement.dataset['theme'] = theme;
  try {
    if (theme === 'system') localStorage.removeItem(storageKeys.theme);
    else localStorage.setItem(storageKeys.theme, theme);
  } catch {
    // Storage can be blocked; the choice then lasts for this page only.
  }
  document.dispatchEvent(new CustomEvent('playbook:theme-change'));
}

class ThemeSwitch extends HTMLElement {
  connectedCallback() {
    const select = this.querySelector('select');
    if (!select) return;
    select.value = savedTheme();
    select.addEventListener('change', () => applyTheme(select.value as Theme));
  }
}
customElements.define('theme-switch', ThemeSwitch);
