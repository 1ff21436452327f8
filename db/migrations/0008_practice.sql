CREATE TABLE `practice_audit` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`at` integer NOT NULL,
	`action` text NOT NULL,
	`actor` text NOT NULL,
	`practice_id` text,
	`staff_id` text,
	`conversation_id` text,
	`share_id` text
);
--> statement-breakpoint
CREATE INDEX `practice_audit_at` ON `practice_audit` (`at`);--> statement-breakpoint
CREATE INDEX `practice_audit_conversation` ON `practice_audit` (`conversation_id`);--> statement-breakpoint
CREATE INDEX `practice_audit_practice` ON `practice_audit` (`practice_id`);--> statement-breakpoint
CREATE TABLE `practice_conversations` (
	`conversation_id` text PRIMARY KEY NOT NULL,
	`practice_id` text NOT NULL,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `practice_conversations_practice` ON `practice_conversations` (`practice_id`);--> statement-breakpoint
CREATE TABLE `practices` (
	`id` text PRIMARY KEY NOT NULL,
	`slug` text NOT NULL,
	`name` text NOT NULL,
	`region` text NOT NULL,
	`out_of_hours` text NOT NULL,
	`welcome` text,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `practices_slug` ON `practices` (`slug`);--> statement-breakpoint
CREATE TABLE `shares` (
	`id` text PRIMARY KEY NOT NULL,
	`conversation_id` text NOT NULL,
	`practice_id` text,
	`code_hash` text,
	`created_at` integer NOT NULL,
	`expires_at` integer NOT NULL,
	`redeemed_at` integer
);
--> statement-breakpoint
CREATE UNIQUE INDEX `shares_code_hash` ON `shares` (`code_hash`);--> statement-breakpoint
CREATE INDEX `shares_practice` ON `shares` (`practice_id`,`created_at`);--> statement-breakpoint
CREATE INDEX `shares_conversation` ON `shares` (`conversation_id`);--> statement-breakpoint
CREATE INDEX `shares_expires_at` ON `shares` (`expires_at`);--> statement-breakpoint
CREATE TABLE `staff` (
	`id` text PRIMARY KEY NOT NULL,
	`practice_id` text NOT NULL,
	`name` text NOT NULL,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `staff_practice` ON `staff` (`practice_id`);--> statement-breakpoint
CREATE TABLE `staff_credentials` (
	`id` text PRIMARY KEY NOT NULL,
	`staff_id` text NOT NULL,
	`public_key` text NOT NULL,
	`counter` integer NOT NULL,
	`transports` text,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `staff_credentials_staff` ON `staff_credentials` (`staff_id`);--> statement-breakpoint
CREATE TABLE `staff_invitations` (
	`token_hash` text PRIMARY KEY NOT NULL,
	`staff_id` text NOT NULL,
	`expires_at` integer NOT NULL,
	`used_at` integer
);
--> statement-breakpoint
CREATE INDEX `staff_invitations_expires_at` ON `staff_invitations` (`expires_at`);--> statement-breakpoint
CREATE TABLE `staff_sessions` (
	`token_hash` text PRIMARY KEY NOT NULL,
	`staff_id` text NOT NULL,
	`created_at` integer NOT NULL,
	`expires_at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `staff_sessions_expires_at` ON `staff_sessions` (`expires_at`);--> statement-breakpoint
CREATE TABLE `webauthn_challenges` (
	`challenge` text PRIMARY KEY NOT NULL,
	`staff_id` text,
	`purpose` text NOT NULL,
	`expires_at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `webauthn_challenges_expires_at` ON `webauthn_challenges` (`expires_at`);