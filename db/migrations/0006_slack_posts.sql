CREATE TABLE `slack_posts` (
	`team_id` text NOT NULL,
	`user_id` text NOT NULL,
	`channel` text NOT NULL,
	`ts` text NOT NULL,
	`created_at` integer NOT NULL,
	PRIMARY KEY(`channel`, `ts`)
);
--> statement-breakpoint
CREATE INDEX `slack_posts_user` ON `slack_posts` (`team_id`,`user_id`);