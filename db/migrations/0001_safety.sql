ALTER TABLE `conversations` ADD `safety` text;--> statement-breakpoint
ALTER TABLE `events` ADD `screening` text;