// The persistence port of durable timers: reminders and deadlines live only in the timers table,
// and a sweep claims due rows atomically so overlapping sweeps never fire one timer twice.
export interface DueTimer {
  id: string;
  conversationId: string | null;
  dueAt: number;
  event: string;
  attempts: number;
}

export interface NewTimer {
  id: string;
  conversationId: string | null;
  dueAt: number;
  event: string;
}

export interface TimerStore {
  schedule(timer: NewTimer): Promise<void>;
  /**
   * Claims up to `limit` timers that are due at `now` (or whose earlier claim expired) in one
   * atomic statement: a claimed row is invisible to every other sweep until `now + leaseMs`.
   */
  claimDue(now: number, limit: number, leaseMs: number): Promise<DueTimer[]>;
  /** Marks a claimed timer done; only the sweep that holds the claim can. */
  complete(id: string, claimedAt: number): Promise<void>;
  /** Puts a failed timer back, due again at `dueAt`. */
  retry(id: string, dueAt: number): Promise<void>;
  /**
   * Deletes conversations (with their events and timers) whose retention ended, and audit lines
   * older than `auditBefore`, and intervision rounds unchanged since then; notes the purge itself in
   * the audit log. Returns how many conversations and rounds it deleted.
   */
  purgeExpired(now: number, auditBefore: number): Promise<number>;
}
