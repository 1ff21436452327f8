ALTER TABLE `conversations` ADD `resume_hash` text;--> statement-breakpoint
CREATE UNIQUE INDEX `conversations_resume_hash` ON `conversations` (`resume_hash`);