CREATE TABLE `conversations` (
	`id` text PRIMARY KEY NOT NULL,
	`flow_id` text NOT NULL,
	`flow_version` integer NOT NULL,
	`channel` text NOT NULL,
	`locale` text NOT NULL,
	`region` text NOT NULL,
	`token_hash` text NOT NULL,
	`snapshot` text NOT NULL,
	`version` integer NOT NULL,
	`phase` text NOT NULL,
	`status` text NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`expires_at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `conversations_expires_at` ON `conversations` (`expires_at`);--> statement-breakpoint
CREATE TABLE `events` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`conversation_id` text NOT NULL,
	`seq` integer NOT NULL,
	`turn_id` text NOT NULL,
	`kind` text NOT NULL,
	`answer` text,
	`result` text NOT NULL,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `events_conversation_seq` ON `events` (`conversation_id`,`seq`);--> statement-breakpoint
CREATE UNIQUE INDEX `events_conversation_turn` ON `events` (`conversation_id`,`turn_id`);--> statement-breakpoint
CREATE TABLE `timers` (
	`id` text PRIMARY KEY NOT NULL,
	`conversation_id` text,
	`due_at` integer NOT NULL,
	`event` text NOT NULL,
	`status` text DEFAULT 'pending' NOT NULL,
	`attempts` integer DEFAULT 0 NOT NULL,
	`claimed_until` integer,
	`created_at` integer DEFAULT (unixepoch() * 1000) NOT NULL
);
--> statement-breakpoint
CREATE INDEX `timers_status_due` ON `timers` (`status`,`due_at`);--> statement-breakpoint
CREATE INDEX `timers_conversation` ON `timers` (`conversation_id`);