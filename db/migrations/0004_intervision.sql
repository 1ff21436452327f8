CREATE TABLE `intervision_contributions` (
	`id` text PRIMARY KEY NOT NULL,
	`round_id` text NOT NULL,
	`phase` integer NOT NULL,
	`user_id` text NOT NULL,
	`kind` text NOT NULL,
	`anonymous` integer NOT NULL,
	`text` text NOT NULL,
	`message_ts` text,
	`source_key` text NOT NULL,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `intervision_contributions_source` ON `intervision_contributions` (`round_id`,`source_key`);--> statement-breakpoint
CREATE INDEX `intervision_contributions_phase` ON `intervision_contributions` (`round_id`,`phase`,`user_id`);--> statement-breakpoint
CREATE TABLE `intervision_participants` (
	`round_id` text NOT NULL,
	`user_id` text NOT NULL,
	PRIMARY KEY(`round_id`, `user_id`)
);
--> statement-breakpoint
CREATE INDEX `intervision_participants_user` ON `intervision_participants` (`user_id`);--> statement-breakpoint
CREATE TABLE `intervision_ratings` (
	`contribution_id` text PRIMARY KEY NOT NULL,
	`round_id` text NOT NULL,
	`rating` text NOT NULL,
	`rated_at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `intervision_ratings_round` ON `intervision_ratings` (`round_id`);--> statement-breakpoint
CREATE TABLE `intervision_rounds` (
	`id` text PRIMARY KEY NOT NULL,
	`team_id` text NOT NULL,
	`channel_id` text NOT NULL,
	`parent_ts` text,
	`phase_ts` text,
	`method` text NOT NULL,
	`locale` text NOT NULL,
	`facilitator_id` text NOT NULL,
	`case_bringer_id` text NOT NULL,
	`phase_hours` integer NOT NULL,
	`anonymous_questions` integer NOT NULL,
	`status` text NOT NULL,
	`phase` integer NOT NULL,
	`phase_open` integer NOT NULL,
	`phase_started_at` integer NOT NULL,
	`deadline_at` integer,
	`version` integer NOT NULL,
	`change` text NOT NULL,
	`changed_by` text NOT NULL,
	`change_key` text NOT NULL,
	`announced_version` integer NOT NULL,
	`announcing_until` integer,
	`next_steps` text,
	`start_key` text NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`ended_at` integer
);
--> statement-breakpoint
CREATE UNIQUE INDEX `intervision_rounds_start_key` ON `intervision_rounds` (`start_key`);--> statement-breakpoint
CREATE INDEX `intervision_rounds_thread` ON `intervision_rounds` (`team_id`,`channel_id`,`parent_ts`);--> statement-breakpoint
CREATE INDEX `intervision_rounds_status` ON `intervision_rounds` (`team_id`,`status`);