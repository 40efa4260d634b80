CREATE TABLE `residents` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`pinyin` text DEFAULT '' NOT NULL,
	`building` text NOT NULL,
	`unit` text,
	`room` text NOT NULL,
	`phone` text,
	`phone2` text,
	`notes` text,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`deleted_at` integer
);
--> statement-breakpoint
CREATE INDEX `residents_phone_idx` ON `residents` (`phone`);--> statement-breakpoint
CREATE INDEX `residents_phone2_idx` ON `residents` (`phone2`);--> statement-breakpoint
CREATE INDEX `residents_pinyin_idx` ON `residents` (`pinyin`);--> statement-breakpoint
CREATE INDEX `residents_address_idx` ON `residents` (`building`,`unit`,`room`);--> statement-breakpoint
CREATE TABLE `call_messages` (
	`id` text PRIMARY KEY NOT NULL,
	`call_id` text NOT NULL,
	`for_staff_id` text NOT NULL,
	`text` text NOT NULL,
	`callback_due_at` integer NOT NULL,
	`created_at` integer NOT NULL,
	`created_by` text NOT NULL,
	`delivered_at` integer,
	`delivered_by` text,
	`callback_done_at` integer,
	`callback_by` text,
	`callback_note` text,
	`deleted_at` integer
);
--> statement-breakpoint
CREATE INDEX `call_messages_open_idx` ON `call_messages` (`callback_done_at`,`callback_due_at`);--> statement-breakpoint
CREATE INDEX `call_messages_call_idx` ON `call_messages` (`call_id`);--> statement-breakpoint
CREATE TABLE `calls` (
	`id` text PRIMARY KEY NOT NULL,
	`received_at` integer NOT NULL,
	`rings` integer,
	`late_answer` integer DEFAULT false NOT NULL,
	`caller_name` text NOT NULL,
	`caller_pinyin` text DEFAULT '' NOT NULL,
	`caller_phone` text NOT NULL,
	`caller_company` text,
	`resident_id` text,
	`reason` text NOT NULL,
	`summary` text NOT NULL,
	`outcome` text NOT NULL,
	`to_staff_id` text,
	`transfer_failed` integer DEFAULT false NOT NULL,
	`taken_by` text NOT NULL,
	`created_at` integer NOT NULL,
	`deleted_at` integer
);
--> statement-breakpoint
CREATE INDEX `calls_phone_idx` ON `calls` (`caller_phone`,`received_at`);--> statement-breakpoint
CREATE INDEX `calls_received_idx` ON `calls` (`received_at`);--> statement-breakpoint
CREATE INDEX `calls_pinyin_idx` ON `calls` (`caller_pinyin`);--> statement-breakpoint
CREATE TABLE `case_notes` (
	`id` text PRIMARY KEY NOT NULL,
	`case_id` text NOT NULL,
	`at` integer NOT NULL,
	`staff_id` text,
	`kind` text NOT NULL,
	`text` text NOT NULL,
	`deleted_at` integer
);
--> statement-breakpoint
CREATE INDEX `case_notes_case_idx` ON `case_notes` (`case_id`,`at`);--> statement-breakpoint
CREATE TABLE `cases` (
	`id` text PRIMARY KEY NOT NULL,
	`number` text NOT NULL,
	`source` text NOT NULL,
	`call_id` text,
	`visit_id` text,
	`complainant_name` text NOT NULL,
	`complainant_phone` text,
	`resident_id` text,
	`summary` text NOT NULL,
	`owner_id` text NOT NULL,
	`opened_at` integer NOT NULL,
	`due_at` integer NOT NULL,
	`escalated_at` integer,
	`escalated_to` text,
	`closed_at` integer,
	`closed_by` text,
	`result` text,
	`satisfaction` text,
	`deleted_at` integer
);
--> statement-breakpoint
CREATE INDEX `cases_open_idx` ON `cases` (`closed_at`,`due_at`);--> statement-breakpoint
CREATE INDEX `cases_owner_idx` ON `cases` (`owner_id`);--> statement-breakpoint
CREATE INDEX `cases_call_idx` ON `cases` (`call_id`);