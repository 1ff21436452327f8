// The actions the practice side writes to its audit trail, and who can do them: the kind of actor and
// an id, never content, a share code or passkey material.
export const practiceAuditActions = [
  "share",
  "share-code",
  "view",
  "redeem",
  "withdraw",
  "staff-invite",
  "staff-enrol",
  "staff-sign-in",
  "staff-remove",
  "practice-add",
  "practice-update",
  "purge",
] as const;
export type PracticeAuditAction = (typeof practiceAuditActions)[number];

export const practiceAuditActors = ["patient", "staff", "admin", "system"] as const;
export type PracticeAuditActor = (typeof practiceAuditActors)[number];

export interface PracticeAuditEntry {
  at: number;
  action: PracticeAuditAction;
  actor: PracticeAuditActor;
  practiceId?: string | null;
  staffId?: string | null;
  conversationId?: string | null;
  shareId?: string | null;
}
