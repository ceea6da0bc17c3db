// The script that applies the saved colour theme before the first paint (no flash of the other theme). It is
// a file, not an inline script, so a strict Content-Security-Policy allows it; built from the one storage key.
import type { APIRoute } from 'astro';
import { storageKeys } from '../lib/storage.ts';

const key = JSON.stringify(storageKeys.theme);

export const GET: APIRoute = () =>
  new Response(
    `try{var t=localStorage.getItem(${key});if(t==="light"||t==="dark")document.documentElement.dataset.theme=t}catch(e){}\n`,
    { headers: { 'content-type': 'text/javascript; charset=utf-8' } },
  );
