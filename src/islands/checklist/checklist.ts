// Real checklists from Markdown task lists: each item gets a checkbox with the item as its label, ticks are
// saved per page in localStorage, and each list says how much is done.
import { storageKeys } from '../../lib/storage.ts';
import { decodeTicks, ticksOn, withTicks } from '../../lib/checklists.ts';
import type { Message } from '../../i18n/format.ts';
import { islandTranslator, readIslandData } from '../shared/island.ts';

/** A short, stable key for an item: its text, hashed (so reordering a list keeps the ticks). */
function itemKey(text: string): string {
  let hash = 5381;
  for (const char of text.replace(/\s+/g, ' ').trim()) hash = ((hash * 33) ^ char.charCodeAt(0)) >>> 0;
  return hash.toString(36);
}

/** The stored text: null when there is none, undefined when storage cannot be read at all (turned off). */
function storedText(): string | null | undefined {
  try {
    return localStorage.getItem(storageKeys.checklists);
  } catch {
    return undefined;
  }
}

class Checklists extends HTMLElement {
  connectedCallback() {
    const { messages } = readIslandData<{ messages: Record<'checklist.progress' | 'checklist.reset' | 'checklist.unsaved', Message> }>(this);
    const t = islandTranslator(messages);
    const page = location.pathname;
    const lists = [...document.querySelectorAll<HTMLUListElement>('.prose ul.contains-task-list')];
    let warned = false;
    const warn = () => {
      if (warned || !lists[0]) return;
      warned = true;
      const note = document.createElement('p');
      note.className = 'checklist__note muted';
      note.textContent = t('checklist.unsaved');
      lists[0].before(note);
    };
    const save = (keys: string[]) => {
      // What is stored but cannot be read is left exactly as it is: the ticks last for this visit only.
      const current = storedText();
      const text = current === undefined ? undefined : withTicks(current, page, keys);
      if (text === undefined) return warn();
      try {
        localStorage.setItem(storageKeys.checklists, text);
      } catch {
        warn();
      }
    };
    const ticked = () =>
      [...document.querySelectorAll<HTMLInputElement>('.prose .checklist__box:checked')].map((box) => box.dataset['key']!);
    const stored = decodeTicks(storedText() ?? null);
    const checked = new Set(stored.ok ? ticksOn(stored.value, page) : []);

    lists.forEach((list, listIndex) => {
      list.classList.add('checklist');
      const boxes: HTMLInputElement[] = [];
      [...list.querySelectorAll<HTMLLIElement>(':scope > li.task-list-item')].forEach((item, i) => {
        const box = document.createElement('input');
        box.type = 'checkbox';
        box.className = 'checklist__box';
        box.id = `checklist-${listIndex}-${i}`;
        box.dataset['key'] = itemKey(item.textContent ?? '');
        box.checked = checked.has(box.dataset['key']);
        const label = document.createElement('label');
        label.htmlFor = box.id;
        label.append(...item.childNodes);
        item.replaceChildren(box, label);
        boxes.push(box);
      });
      const status = document.createElement('p');
      status.className = 'checklist__status';
      status.setAttribute('role', 'status');
      const reset = document.createElement('button');
      reset.type = 'button';
      reset.className = 'checklist__reset';
      reset.textContent = t('checklist.reset');
      const progress = document.createElement('span');
      status.append(progress, reset);
      const update = () => {
        const done = boxes.filter((b) => b.checked).length;
        progress.textContent = t('checklist.progress', { done, n: boxes.length });
        reset.hidden = done === 0;
      };
      list.addEventListener('change', () => {
        update();
        save(ticked());
      });
      reset.addEventListener('click', () => {
        for (const box of boxes) box.checked = false;
        update();
        save(ticked());
        boxes[0]?.focus();
      });
      list.after(status);
      update();
    });
  }
}
customElements.define('playbook-checklists', Checklists);
