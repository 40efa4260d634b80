CREATE TABLE `duty_entries` (
	`id` text PRIMARY KEY NOT NULL,
	`at` integer NOT NULL,
	`staff_id` text NOT NULL,
	`category` text NOT NULL,
	`text` text NOT NULL,
	`deleted_at` integer
);
--> statement-breakpoint
CREATE INDEX `duty_entries_at_idx` ON `duty_entries` (`at`);--> statement-breakpoint
CREATE TABLE `handovers` (
	`id` text PRIMARY KEY NOT NULL,
	`from_staff_id` text NOT NULL,
	`submitted_at` integer NOT NULL,
	`matters` text NOT NULL,
	`inventory` text NOT NULL,
	`notes` text,
	`to_staff_id` text,
	`acknowledged_at` integer,
	`disagreements` text,
	`deleted_at` integer
);
--> statement-breakpoint
CREATE INDEX `handovers_submitted_idx` ON `handovers` (`submitted_at`);