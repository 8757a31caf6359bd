import { findingKindSchema, type FindingKind } from '@/lib/db/records';
import { kinds } from '@/lib/i18n/zh-CN/kinds';
import { flagForm as t } from '@/lib/i18n/zh-CN/flag-form';
import { draftFromForm, type FlagPrefill } from './prefill';
import { FORM_CSS } from './form-style';
import type { FindingDraft } from '@/lib/findings/draft';

export const HOST_ID = 'gov-inspector-flag-form';

/** The edges the form talks through (runtime messages in the page; fakes in tests). */
export interface FormEdges {
  capture: (tabId: number, selector: string | null) => Promise<{ ok: true; evidenceId: string } | { ok: false; error: string }>;
  flag: (draft: FindingDraft) => Promise<{ ok: true; created: boolean } | { ok: false; error: string }>;
}

type Field = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

/**
 * Shows the flag form in a shadow root attached to a new element at the end of <html>: page styles do not
 * reach it, and no element of the page is changed. Page text only ever goes in as textContent / value.
 * Enter saves, Esc cancels.
 */
export function showFlagForm(doc: Document, prefill: FlagPrefill, edges: FormEdges): HTMLElement {
  doc.getElementById(HOST_ID)?.remove();
  const host = doc.createElement('div');
  host.id = HOST_ID;
  host.style.cssText = 'all: initial; position: fixed; z-index: 2147483647; top: 16px; right: 16px;';
  const root = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = FORM_CSS;
  const form = doc.createElement('form');
  form.setAttribute('aria-label', t.title);
  const el = <K extends keyof HTMLElementTagNameMap>(tag: K, text = '') => Object.assign(doc.createElement(tag), { textContent: text });

  const kind = doc.createElement('select');
  for (const k of findingKindSchema.options) kind.append(Object.assign(doc.createElement('option'), { value: k, textContent: kinds[k] }));
  kind.value = prefill.kind;
  const detail = Object.assign(doc.createElement('input'), { value: prefill.detail, name: 'detail' });
  const suggestion = Object.assign(doc.createElement('input'), { value: '', name: 'suggestion', placeholder: t.suggestionHint });
  const columnPath = Object.assign(doc.createElement('input'), { value: prefill.columnPath.join(' > '), name: 'columnPath' });
  const department = Object.assign(doc.createElement('input'), { value: prefill.department ?? '', name: 'department', placeholder: t.departmentHint });
  const shot = Object.assign(doc.createElement('input'), { type: 'checkbox', checked: true, name: 'screenshot' });
  const status = el('p');
  status.className = 'status';
  status.setAttribute('role', 'status');

  const row = (label: string, field: HTMLElement | string) => {
    const l = el('label');
    l.append(el('span', label), typeof field === 'string' ? el('output', field) : field);
    return l;
  };
  const quote = prefill.quote ? row(t.quote, `「${prefill.quote.slice(0, 300)}」`) : null;
  const site = `${prefill.siteName || t.unknownSite}${prefill.siteIdCode ? `（${prefill.siteIdCode}）` : ''}`;
  const save = Object.assign(el('button', t.save), { type: 'submit' });
  save.className = 'primary';
  const cancel = Object.assign(el('button', t.cancel), { type: 'button' });
  const shotLabel = el('label');
  shotLabel.className = 'check';
  shotLabel.append(shot, el('span', t.screenshot));
  const actions = el('div');
  actions.className = 'actions';
  actions.append(shotLabel, cancel, save);
  const suggestionRow = row(t.suggestion, suggestion);
  const sync = () => (suggestionRow.hidden = kind.value !== 'wording-error');
  kind.addEventListener('change', sync);
  sync();
  form.append(
    el('h2', t.title),
    row(t.kind, kind),
    ...(quote ? [quote] : []),
    row(t.detail, detail),
    suggestionRow,
    row(t.site, site),
    row(t.columnPath, columnPath),
    row(t.department, department),
    row(t.period, `${prefill.quarter} · ${t.checkDate} ${prefill.checkDate}`),
    actions,
    status,
  );
  root.append(style, form);

  const close = () => host.remove();
  cancel.addEventListener('click', close);
  form.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') close();
  });
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    void submit();
  });

  async function submit() {
    save.disabled = true;
    status.textContent = t.saving;
    const screenshotIds: string[] = [];
    if (shot.checked) {
      // Hide the form so the screenshot shows the page, not the form.
      host.style.visibility = 'hidden';
      await new Promise((done) => setTimeout(done, 50));
      const captured = await edges.capture(prefill.tabId, prefill.selector);
      host.style.visibility = 'visible';
      if (captured.ok) screenshotIds.push(captured.evidenceId);
      else status.textContent = `${t.screenshotFailed}${captured.error}`;
    }
    const values = { kind: kind.value as FindingKind, detail: detail.value, suggestion: suggestion.value, columnPath: columnPath.value, department: department.value, screenshotIds };
    const reply = await edges.flag(draftFromForm(prefill, values));
    if (!reply.ok) {
      status.textContent = `${t.failed}${reply.error}`;
      save.disabled = false;
      return;
    }
    form.replaceChildren(el('p', reply.created ? t.saved : t.updated));
    form.dataset.state = 'saved';
    setTimeout(close, 1500);
  }

  doc.documentElement.append(host);
  (detail as Field).focus();
  return host;
}
