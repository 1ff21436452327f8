CREATE TABLE `label_notes` (
	`conversation_id` text NOT NULL,
	`turn` integer NOT NULL,
	`part` integer NOT NULL,
	`text` text NOT NULL,
	`created_at` integer NOT NULL,
	PRIMARY KEY(`conversation_id`, `turn`, `part`)
);
