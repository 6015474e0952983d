/** CoPilot text on its way into an editor elsewhere on the page (a suggested reply into the comment box). */
export type Insertion = { target: string; text: string; contentId: string | null; label: string | null };

const EVENT = 'cohelm:copilot-insert';

export function insertIntoEditor(detail: Insertion): void {
  window.dispatchEvent(new CustomEvent<Insertion>(EVENT, { detail }));
}

export function onInsert(target: string, fn: (i: Insertion) => void): () => void {
  const listener = (e: Event) => {
    const detail = (e as CustomEvent<Insertion>).detail;
    if (detail.target === target) fn(detail);
  };
  window.addEventListener(EVENT, listener);
  return () => window.removeEventListener(EVENT, listener);
}
