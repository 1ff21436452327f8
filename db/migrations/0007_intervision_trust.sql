CREATE TABLE `intervision_notices` (
	`round_id` text NOT NULL,
	`user_id` text NOT NULL,
	`kind` text NOT NULL,
	`at` integer NOT NULL,
	PRIMARY KEY(`round_id`, `user_id`, `kind`)
);
--> statement-breakpoint
CREATE TABLE `intervision_votes` (
	`round_id` text NOT NULL,
	`user_id` text NOT NULL,
	`contribution_id` text NOT NULL,
	`voted_at` integer NOT NULL,
	PRIMARY KEY(`round_id`, `user_id`)
);
--> statement-breakpoint
ALTER TABLE `intervision_contributions` ADD `has_file` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `intervision_contributions` ADD `review` text;--> statement-breakpoint
ALTER TABLE `intervision_contributions` ADD `rating_channel` text;--> statement-breakpoint
ALTER TABLE `intervision_contributions` ADD `rating_ts` text;--> statement-breakpoint
ALTER TABLE `intervision_contributions` ADD `review_channel` text;--> statement-breakpoint
ALTER TABLE `intervision_contributions` ADD `review_ts` text;--> statement-breakpoint
ALTER TABLE `intervision_contributions` ADD `edited_at` integer;--> statement-breakpoint
ALTER TABLE `intervision_participants` ADD `confirmed_at` integer;--> statement-breakpoint
ALTER TABLE `intervision_rounds` ADD `moderated` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `intervision_rounds` ADD `case_collection` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `intervision_rounds` ADD `work_hours` text DEFAULT 'always' NOT NULL;--> statement-breakpoint
ALTER TABLE `intervision_rounds` ADD `time_zones` text DEFAULT '[]' NOT NULL;--> statement-breakpoint
ALTER TABLE `intervision_rounds` ADD `channel_private` integer;--> statement-breakpoint
ALTER TABLE `intervision_rounds` ADD `blocked_reason` text;--> statement-breakpoint
ALTER TABLE `intervision_rounds` ADD `phase_starts` text DEFAULT '[]' NOT NULL;--> statement-breakpoint
ALTER TABLE `intervision_rounds` ADD `closed_at` integer;--> statement-breakpoint
ALTER TABLE `intervision_rounds` ADD `parent_link` text;--> statement-breakpoint
ALTER TABLE `intervision_rounds` ADD `record_ts` text;--> statement-breakpoint
ALTER TABLE `intervision_rounds` ADD `record_link` text;--> statement-breakpoint
ALTER TABLE `slack_posts` ADD `kind` text DEFAULT 'message' NOT NULL;