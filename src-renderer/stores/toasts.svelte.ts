/** Short messages in the corner: errors (announced assertively) and confirmations. */
export type ToastKind = 'error' | 'info' | 'success';

export interface Toast {
  id: number;
  kind: ToastKind;
  message: string;
}

const maxToasts = 4;

class ToastStore {
  items = $state<Toast[]>([]);
  #nextId = 1;
  #timers = new Map<number, ReturnType<typeof setTimeout>>();

  show(kind: ToastKind, message: string, timeoutMs = kind === 'error' ? 12_000 : 5_000): number {
    const same = this.items.find((toast) => toast.kind === kind && toast.message === message);
    const id = same?.id ?? this.#nextId++;
    if (!same) this.items = [...this.items, { id, kind, message }].slice(-maxToasts);
    this.#schedule(id, timeoutMs);
    return id;
  }

  error(message: string): number {
    return this.show('error', message);
  }

  success(message: string): number {
    return this.show('success', message);
  }

  info(message: string): number {
    return this.show('info', message);
  }

  dismiss(id: number): void {
    clearTimeout(this.#timers.get(id));
    this.#timers.delete(id);
    this.items = this.items.filter((toast) => toast.id !== id);
  }

  clear(): void {
    for (const timer of this.#timers.values()) clearTimeout(timer);
    this.#timers.clear();
    this.items = [];
  }

  #schedule(id: number, timeoutMs: number): void {
    clearTimeout(this.#timers.get(id));
    if (timeoutMs > 0) this.#timers.set(id, setTimeout(() => this.dismiss(id), timeoutMs));
  }
}

export const toasts = new ToastStore();
