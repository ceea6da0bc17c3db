// The planner island: reads the choice from the form and the address, computes the plan with src/lib/planner,
// and redraws the headline, the tables and the two diagrams. The choice lives in the address fragment, so a
// reload or a shared link brings the same plan back.
import { readIslandData, islandTranslator, siteUrl } from '../shared/island.ts';
import type { Message } from '../../i18n/format.ts';
import { planInvestments, type InvestmentPlan, type PlanSelection } from '../../lib/planner/plan.ts';
import { planDependencies, planReport, type ReportKey, type ReportTable, type ReportCatalogue } from '../../lib/planner/report.ts';
import { initiativeId, readPlanFragment, writePlanFragment, type PlannerDefaults } from '../../lib/planner/state.ts';
import { isCapacity, isPlanLink } from '../../lib/plan-link.ts';
import { planCsv, planMarkdown } from '../../lib/planner/export.ts';
import { calendarQuarter, componentGraph, componentMap, nextQuarter, scheduleGantt } from '../../lib/diagrams.ts';
import { entryPath } from '../../lib/paths.ts';
import type { PlannedComponent } from '../../lib/planner/needs.ts';

type Key =
  | ReportKey
  | 'planner.calendarQuarter'
  | 'planner.yourPlan'
  | 'sequence.portfolio'
  | 'planner.dropped'
  | 'planner.capacityHelp'
  | 'planner.capacityHelpNothing'
  | 'planner.initiative'
  | 'planner.initiativeGroup'
  | 'planner.initiativeHelp'
  | 'planner.flowchartDescription'
  | 'planner.capacity'
  | 'planner.linkLabel'
  | 'planner.capacityInvalid'
  | 'planner.inPlaceCount'
  | 'planner.copied'
  | 'planner.graph'
  | 'planner.graphDescription'
  | 'planner.gantt'
  | 'planner.ganttDescription'
  | 'planner.ganttMilestones'
  | 'planner.ganttStart'
  | 'planner.textEquivalent'
  | 'planner.title'
  | 'diagram.columnInPlace'
  | 'diagram.columnUseCases';

type PlannerUseCase = { id: string; title: string; businessUnit: string; requires: string[] };

interface PlannerData {
  components: (PlannedComponent & { title: string; category: string })[];
  useCases: PlannerUseCase[];
  defaults: PlannerDefaults;
  categoryLabels: Record<string, string>;
  /** Categories in drawing order. */
  lanes: { id: string; label: string }[];
  maxCapacity: number;
  messages: Record<Key, Message>;
}

/** The page of a component or use case (root-relative); the initiative of a link has none. */
const pageOf = (kind: 'component' | 'use-case', id: string) =>
  kind === 'use-case' && id === initiativeId ? undefined : entryPath({ collection: kind === 'component' ? 'components' : 'use-cases', id });
const svgLink = (kind: 'component' | 'use-case', id: string) => {
  const page = pageOf(kind, id);
  return page === undefined ? undefined : siteUrl(page);
};

/** A table of the report, as ReportTable.astro draws it. */
function renderTable(table: ReportTable): HTMLElement {
  const section = document.createElement('section');
  section.className = 'report-table';
  section.id = `plan-${table.id}`;
  section.dataset['table'] = table.id;
  section.setAttribute('aria-labelledby', `plan-${table.id}-caption`);
  const heading = document.createElement('h3');
  heading.id = `plan-${table.id}-caption`;
  heading.textContent = table.caption;
  const note = document.createElement('p');
  note.className = 'report-table__note';
  note.textContent = table.note;
  section.append(heading, note);
  if (table.rows.length === 0) {
    const empty = document.createElement('p');
    empty.className = 'report-table__empty';
    empty.textContent = table.empty ?? '';
    section.append(empty);
    return section;
  }
  const scroll = document.createElement('div');
  scroll.className = 'table-scroll table-scroll--plain';
  scroll.tabIndex = 0;
  scroll.setAttribute('role', 'group');
  scroll.setAttribute('aria-labelledby', heading.id);
  const element = document.createElement('table');
  element.className = 'plan-table plan-table--stack';
  const head = element.createTHead().insertRow();
  for (const text of table.head) {
    const th = document.createElement('th');
    th.scope = 'col';
    th.textContent = text;
    head.append(th);
  }
  const body = element.createTBody();
  for (const row of table.rows) {
    const tr = body.insertRow();
    row.forEach((cell, i) => {
      const td = document.createElement(cell.rowHeader ? 'th' : 'td');
      if (cell.rowHeader) (td as HTMLTableCellElement).scope = 'row';
      else td.dataset['label'] = table.head[i] ?? '';
      if (cell.numeric) td.className = 'num';
      else if (cell.wrap) td.className = 'wrap';
      if (cell.href) {
        const a = document.createElement('a');
        a.href = siteUrl(cell.href);
        a.textContent = cell.text;
        td.append(a);
      } else td.textContent = cell.text;
      tr.append(td);
    });
  }
  scroll.append(element);
  section.append(scroll);
  if (table.meanings && table.meanings.length > 0) {
    const list = document.createElement('ul');
    list.className = 'report-table__meanings';
    for (const meaning of table.meanings) list.append(Object.assign(document.createElement('li'), { textContent: meaning }));
    section.append(list);
  }
  return section;
}

/** A figure for the diagram renderer (src/islands/diagrams/), like Diagram.astro's. */
function diagramFigure(source: string, name: string, caption: { text: string; href: string; label: string }): HTMLElement {
  const figure = document.createElement('figure');
  figure.className = 'diagram';
  const frame = document.createElement('div');
  frame.className = 'diagram__frame';
  // The frame scrolls and takes focus: it is named after its diagram.
  frame.setAttribute('role', 'group');
  frame.setAttribute('aria-label', name);
  const pre = document.createElement('pre');
  pre.className = 'mermaid-source';
  pre.hidden = true;
  pre.textContent = source;
  frame.append(pre);
  const figcaption = document.createElement('figcaption');
  const [before, after] = caption.text.split('{table}');
  const link = document.createElement('a');
  link.href = caption.href;
  link.textContent = caption.label;
  figcaption.append(before ?? '', link, after ?? '');
  figure.append(frame, figcaption);
  return figure;
}

function download(name: string, type: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

class PlannerIsland extends HTMLElement {
  private data!: PlannerData;
  private t!: (key: Key, values?: Record<string, string | number>) => string;
  private form!: HTMLFormElement;
  private capacityInput!: HTMLInputElement;
  private capacityTouched = false;
  /** The components the link's initiative needs, when it names one. */
  private needs: string[] | undefined;
  private diagramTimer: number | undefined;
  private last?: { plan: InvestmentPlan; selection: PlanSelection };
  private readonly start = nextQuarter(new Date());

  connectedCallback() {
    this.data = readIslandData<PlannerData>(this);
    this.t = islandTranslator(this.data.messages);
    this.form = this.querySelector('form')!;
    this.capacityInput = this.form.querySelector<HTMLInputElement>('input[name="capacity"]')!;
    // Without this script the form cannot plan, so it is built disabled.
    this.form.querySelector<HTMLFieldSetElement>('[data-controls]')!.disabled = false;
    this.readAddress();
    this.form.addEventListener('change', (event) => this.onChange(event));
    this.form.addEventListener('input', (event) => {
      if (event.target === this.capacityInput) this.onChange(event);
    });
    this.form.addEventListener('submit', (event) => event.preventDefault());
    // A link to an anchor in the page (the skip link, a table's caption link) keeps the plan on screen.
    window.addEventListener('hashchange', () => {
      if (!location.hash || isPlanLink(location.hash)) this.readAddress();
    });
    this.querySelector<HTMLElement>('[data-export]')!.hidden = false;
    this.querySelector('[data-action="copy-link"]')?.addEventListener('click', () => void this.copyLink());
    this.querySelector('[data-action="csv"]')?.addEventListener('click', () => this.exportCsv());
    this.querySelector('[data-action="markdown"]')?.addEventListener('click', () => this.exportMarkdown());
  }

  /** The playbook's use cases, and the link's initiative when it names one. */
  private get useCases(): PlannerUseCase[] {
    if (!this.needs) return this.data.useCases;
    const initiative = { id: initiativeId, title: this.t('planner.initiative'), businessUnit: this.t('planner.initiativeGroup'), requires: this.needs };
    return [initiative, ...this.data.useCases];
  }

  private get catalogue(): ReportCatalogue {
    return {
      components: this.data.components,
      useCases: this.useCases,
      categoryLabel: (c) => this.data.categoryLabels[c] ?? c,
      hrefOf: pageOf,
    };
  }

  /** Sets the form from the address (or the defaults), and says what a link named that does not exist. */
  private readAddress() {
    const known = { useCases: new Set(this.data.useCases.map((u) => u.id)), components: new Set(this.data.components.map((c) => c.id)) };
    const { selection, needs, dropped } = readPlanFragment(location.hash, known, this.data.defaults);
    this.needs = needs;
    this.showInitiative(needs);
    for (const box of this.boxes('use-case')) box.checked = selection.useCases.includes(box.value);
    for (const box of this.boxes('in-place')) box.checked = selection.inPlace.includes(box.value);
    // A plan that says something about what exists shows that list open.
    const inPlaceList = this.querySelector<HTMLDetailsElement>('details.planner__in-place');
    if (inPlaceList && !same(selection.inPlace, this.data.defaults.inPlace)) inPlaceList.open = true;
    this.capacityTouched = selection.capacity !== undefined;
    // An empty field shows the default as its placeholder; the field is never written while the reader types.
    this.capacityInput.value = selection.capacity !== undefined ? String(selection.capacity) : '';
    const note = this.querySelector<HTMLElement>('[data-dropped]')!;
    note.hidden = dropped.length === 0;
    note.textContent = dropped.length > 0 ? this.t('planner.dropped', { list: dropped.join(', ') }) : '';
    this.update(false);
  }

  /**
   * The initiative a link's `needs` describes, as the first choice among the use cases (only a link makes
   * one, so the page is built without it).
   */
  private showInitiative(needs: readonly string[] | undefined) {
    this.form.querySelector('[data-initiative]')?.remove();
    if (!needs) return;
    const title = (id: string) => this.data.components.find((c) => c.id === id)?.title ?? id;
    const group = document.createElement('fieldset');
    group.className = 'planner__group';
    group.dataset['initiative'] = '';
    const legend = Object.assign(document.createElement('legend'), { textContent: this.t('planner.initiativeGroup') });
    const box = Object.assign(document.createElement('input'), { type: 'checkbox', name: 'use-case', value: initiativeId });
    const label = document.createElement('label');
    label.append(box, ` ${this.t('planner.initiative')}`);
    const item = document.createElement('li');
    item.append(label);
    const list = document.createElement('ul');
    list.append(item);
    const help = Object.assign(document.createElement('p'), { className: 'planner__help', textContent: this.t('planner.initiativeHelp', { list: needs.map(title).join(', ') }) });
    help.dataset['initiativeHelp'] = '';
    group.append(legend, list, help);
    this.form.querySelector('.planner__fieldset > .planner__help')!.after(group);
  }

  private boxes(name: string) {
    return [...this.form.querySelectorAll<HTMLInputElement>(`input[name="${name}"]`)];
  }

  private onChange(event: Event) {
    const target = event.target as HTMLInputElement;
    if (target.dataset['group']) {
      for (const box of this.boxes('use-case')) if (box.dataset['unit'] === target.dataset['group']) box.checked = target.checked;
    }
    if (target === this.capacityInput) this.capacityTouched = target.value.trim() !== '';
    this.update(true);
  }

  private selection(): PlanSelection {
    const useCases = this.boxes('use-case').filter((b) => b.checked).map((b) => b.value);
    const inPlace = this.boxes('in-place').filter((b) => b.checked).map((b) => b.value);
    return { useCases, inPlace };
  }

  /** The capacity typed, when it is a usable number (from 1 to the largest a link may carry). */
  private typedCapacity(): number | undefined {
    if (!this.capacityTouched) return undefined;
    const value = this.capacityInput.valueAsNumber;
    return isCapacity(value) ? value : undefined;
  }

  private update(writeAddress: boolean) {
    const { components } = this.data;
    const useCases = this.useCases;
    const chosen = this.selection();
    const typed = this.typedCapacity();
    const plan = planInvestments(components, useCases, { ...chosen, capacity: typed });
    const fallback = plan.defaultCapacity;
    const help = this.querySelector<HTMLElement>('[data-capacity-help]')!;
    const invalid = this.capacityTouched && typed === undefined;
    help.textContent = invalid
      ? this.t('planner.capacityInvalid', { max: this.data.maxCapacity, n: fallback.capacity })
      : fallback.quarters === 0
        ? this.t('planner.capacityHelpNothing')
        : this.t('planner.capacityHelp', { capacity: fallback.capacity, n: fallback.quarters });
    this.capacityInput.setAttribute('aria-invalid', String(invalid));
    this.capacityInput.placeholder = String(fallback.capacity);
    const selection: PlanSelection = { ...chosen, ...(typed !== undefined ? { capacity: typed } : {}) };
    this.last = { plan, selection };

    // Group boxes follow their use cases: ticked, unticked or partly ticked.
    for (const group of this.form.querySelectorAll<HTMLInputElement>('input[data-group]')) {
      const members = this.boxes('use-case').filter((b) => b.dataset['unit'] === group.dataset['group']);
      const ticked = members.filter((b) => b.checked).length;
      group.checked = ticked === members.length;
      group.indeterminate = ticked > 0 && ticked < members.length;
    }
    this.querySelector('[data-in-place-count]')!.textContent = this.t('planner.inPlaceCount', { n: chosen.inPlace.length, total: components.length });

    const report = planReport(plan, this.catalogue, (key, values) => this.t(key, values), (n) => this.quarterLabel(n));
    const isDefault =
      typed === undefined &&
      same(chosen.useCases, this.data.defaults.useCases) &&
      same(chosen.inPlace, this.data.defaults.inPlace);
    this.querySelector('[data-results-heading]')!.textContent = isDefault ? this.t('sequence.portfolio') : this.t('planner.yourPlan');
    this.querySelector('[data-headline]')!.textContent = report.headline;
    this.querySelector('[data-build-next]')!.textContent = report.buildNext;
    for (const table of report.tables) this.querySelector(`[data-table="${table.id}"]`)?.replaceWith(renderTable(table));

    this.drawDependencies(plan);
    if (writeAddress) history.replaceState(history.state, '', `#${writePlanFragment(selection, this.needs)}`);
    // Diagrams follow a moment after the last change; `data-drawing` says one is due.
    window.clearTimeout(this.diagramTimer);
    this.dataset['drawing'] = 'true';
    this.diagramTimer = window.setTimeout(() => {
      this.drawDiagrams();
      delete this.dataset['drawing'];
    }, writeAddress ? 250 : 0);
  }

  private quarterLabel(n: number) {
    const { year, quarter } = calendarQuarter(this.start, n);
    return this.t('planner.calendarQuarter', { n, q: String(quarter), year: String(year) });
  }

  private diagrams(plan: InvestmentPlan) {
    const title = (id: string) => this.data.components.find((c) => c.id === id)?.title ?? id;
    const span = new Map(plan.schedule.components.map((s) => [s.id, s]));
    const gantt = scheduleGantt(
      {
        start: this.start,
        sections: plan.waves.map((wave) => ({
          label: this.t('planner.wave', { n: wave.wave }),
          components: wave.components.filter((id) => span.has(id)).map((id) => ({ ...span.get(id)!, title: title(id) })),
        })),
        milestones: {
          label: this.t('planner.ganttMilestones'),
          // One milestone per quarter in which use cases can start, so the chart stays readable.
          items: [...new Set(plan.readiness.filter((r) => r.missing.length > 0 && Number.isFinite(r.startQuarter)).map((r) => r.startQuarter))]
            .sort((a, b) => a - b)
            .map((quarter) => ({
              id: `q${quarter}`,
              title: this.t('planner.ganttStart', { n: plan.readiness.filter((r) => r.missing.length > 0 && r.startQuarter === quarter).length }),
              quarter,
            })),
        },
      },
      { title: this.t('planner.gantt'), description: this.t('planner.ganttDescription') },
    );
    const needed = new Set(plan.needed);
    const chosen = new Set(plan.useCases);
    const useCases = this.useCases.filter((u) => chosen.has(u.id));
    const graph = componentGraph(
      this.data.components.filter((c) => needed.has(c.id)),
      { title: this.t('planner.graph'), description: this.t('planner.flowchartDescription') },
      {
        groupLabel: (c) => this.data.categoryLabels[c.category ?? ''] ?? c.category ?? '',
        inPlace: new Set(plan.inPlace),
        useCases,
        hrefOf: svgLink,
      },
    );
    const map = componentMap(
      this.data.components.filter((c) => needed.has(c.id)),
      { title: this.t('planner.graph'), description: this.t('planner.graphDescription') },
      'planner-map',
      {
        lanes: this.data.lanes,
        inPlace: new Set(plan.inPlace),
        waveOf: plan.waveOf,
        useCases,
        headings: {
          inPlace: this.t('diagram.columnInPlace'),
          wave: (n) => this.t('planner.wave', { n }),
          useCases: this.t('diagram.columnUseCases'),
        },
        hrefOf: svgLink,
      },
    );
    return { gantt, graph, map };
  }

  /** The text equivalent of the dependency map: what each component is built on, and what each use case requires. */
  private drawDependencies(plan: InvestmentPlan) {
    const list = this.querySelector<HTMLElement>('[data-dependency-list]');
    if (!list) return;
    const lines = planDependencies(plan, this.catalogue, (key, values) => this.t(key, values));
    list.replaceChildren(...lines.map((line) => Object.assign(document.createElement('li'), { textContent: line })));
  }

  private drawDiagrams() {
    if (!this.last) return;
    const { plan } = this.last;
    const { gantt, map } = this.diagrams(plan);
    // The dependency map is SVG made here from the catalogue's own data (escaped), drawn at once.
    // With nothing needed the figure is hidden, and kept (with its list) for the next choice.
    const figure = this.querySelector<HTMLElement>('[data-diagram-slot="graph"] figure.diagram')!;
    figure.hidden = plan.needed.length === 0;
    if (plan.needed.length > 0) {
      const template = document.createElement('template');
      template.innerHTML = map;
      figure.querySelector('.diagram__frame')!.replaceChildren(template.content);
    }
    // The Gantt chart is drawn by Mermaid (src/islands/diagrams/) when it comes into view.
    const ganttSlot = this.querySelector<HTMLElement>('[data-diagram-slot="gantt"]')!;
    if (plan.schedule.components.length === 0) ganttSlot.replaceChildren();
    else if (ganttSlot.querySelector('pre.mermaid-source')?.textContent !== gantt) {
      const label = this.querySelector('#plan-schedule-caption')?.textContent ?? '';
      ganttSlot.replaceChildren(diagramFigure(gantt, this.t('planner.gantt'), { text: this.t('planner.textEquivalent'), href: '#plan-schedule', label }));
    }
    this.dispatchEvent(new CustomEvent('playbook:diagrams', { bubbles: true }));
  }

  private async copyLink() {
    const status = this.querySelector<HTMLElement>('[data-status]')!;
    try {
      await navigator.clipboard.writeText(location.href);
      status.textContent = this.t('planner.copied');
    } catch {
      status.textContent = location.href;
    }
  }

  private report() {
    const { plan } = this.last!;
    return planReport(plan, this.catalogue, (key, values) => this.t(key, values), (n) => this.quarterLabel(n));
  }

  private exportCsv() {
    const about = [[this.t('planner.title')], [this.t('planner.capacity'), String(this.last!.plan.schedule.capacity)], [this.t('planner.linkLabel'), location.href]];
    download('plan.csv', 'text/csv;charset=utf-8', `\uFEFF${planCsv(this.report(), about)}`);
  }

  private exportMarkdown() {
    const { gantt, graph } = this.diagrams(this.last!.plan);
    // The dependency graph travels as a Mermaid flowchart, which wikis and code hosts draw.
    const text = planMarkdown(this.t('planner.title'), this.report(), location.href, [
      { heading: this.t('planner.gantt'), source: gantt },
      { heading: this.t('planner.graph'), source: graph.source },
    ]);
    download('plan.md', 'text/markdown;charset=utf-8', text);
  }
}

const same = (a: readonly string[], b: readonly string[]) => a.length === b.length && [...a].sort().join() === [...b].sort().join();

customElements.define('planner-island', PlannerIsland);
