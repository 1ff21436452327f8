CREATE TABLE `slack_conversations` (
	`conversation_id` text PRIMARY KEY NOT NULL,
	`team_id` text NOT NULL,
	`user_id` text NOT NULL,
	`flow_id` text NOT NULL,
	`started_by` text NOT NULL,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `slack_conversations_started_by` ON `slack_conversations` (`started_by`);--> statement-breakpoint
CREATE INDEX `slack_conversations_user` ON `slack_conversations` (`team_id`,`user_id`,`created_at`);--> statement-breakpoint
CREATE TABLE `slack_events` (
	`key` text PRIMARY KEY NOT NULL,
	`status` text NOT NULL,
	`attempts` integer NOT NULL,
	`claimed_until` integer NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `slack_events_created_at` ON `slack_events` (`created_at`);--> statement-breakpoint
CREATE TABLE `slack_users` (
	`team_id` text NOT NULL,
	`user_id` text NOT NULL,
	`conversation_id` text,
	`dm_channel` text,
	`prompt_ts` text,
	`updated_at` integer NOT NULL,
	PRIMARY KEY(`team_id`, `user_id`)
);
