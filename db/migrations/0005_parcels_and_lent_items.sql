CREATE TABLE `item_loans` (
	`id` text PRIMARY KEY NOT NULL,
	`item_id` text NOT NULL,
	`borrower` text NOT NULL,
	`phone` text NOT NULL,
	`purpose` text NOT NULL,
	`lent_at` integer NOT NULL,
	`due_at` integer NOT NULL,
	`lent_by` text NOT NULL,
	`returned_at` integer,
	`returned_by` text,
	`deleted_at` integer
);
--> statement-breakpoint
CREATE INDEX `item_loans_open_idx` ON `item_loans` (`returned_at`,`due_at`);--> statement-breakpoint
CREATE INDEX `item_loans_item_idx` ON `item_loans` (`item_id`,`returned_at`);--> statement-breakpoint
CREATE TABLE `lent_items` (
	`id` text PRIMARY KEY NOT NULL,
	`kind` text NOT NULL,
	`label` text NOT NULL,
	`building` text,
	`unit` text,
	`room` text,
	`place` text,
	`count` integer DEFAULT 1 NOT NULL,
	`notes` text,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`deleted_at` integer
);
--> statement-breakpoint
CREATE INDEX `lent_items_kind_idx` ON `lent_items` (`kind`,`label`);--> statement-breakpoint
CREATE TABLE `parcels` (
	`id` text PRIMARY KEY NOT NULL,
	`tracking_no` text NOT NULL,
	`courier` text NOT NULL,
	`recipient_kind` text NOT NULL,
	`recipient_id` text,
	`recipient_name` text NOT NULL,
	`recipient_pinyin` text DEFAULT '' NOT NULL,
	`recipient_phone` text,
	`shelf` text,
	`notes` text,
	`code` text NOT NULL,
	`received_at` integer NOT NULL,
	`received_by` text NOT NULL,
	`notified_at` integer,
	`notify_channel` text,
	`notified_by` text,
	`notify_count` integer DEFAULT 0 NOT NULL,
	`picked_up_at` integer,
	`picked_up_by` text,
	`picked_up_check` text,
	`handed_over_by` text,
	`returned_at` integer,
	`returned_by` text,
	`return_reason` text,
	`deleted_at` integer
);
--> statement-breakpoint
CREATE INDEX `parcels_waiting_idx` ON `parcels` (`picked_up_at`,`returned_at`,`received_at`);--> statement-breakpoint
CREATE INDEX `parcels_code_idx` ON `parcels` (`code`);--> statement-breakpoint
CREATE INDEX `parcels_tracking_idx` ON `parcels` (`tracking_no`);--> statement-breakpoint
CREATE INDEX `parcels_pinyin_idx` ON `parcels` (`recipient_pinyin`);