CREATE TABLE `work_order_events` (
	`id` text PRIMARY KEY NOT NULL,
	`work_order_id` text NOT NULL,
	`type` text NOT NULL,
	`hlc` text NOT NULL,
	`at` integer NOT NULL,
	`staff_id` text,
	`data` text DEFAULT '{}' NOT NULL,
	`deleted_at` integer
);
--> statement-breakpoint
CREATE INDEX `work_order_events_order_idx` ON `work_order_events` (`work_order_id`);--> statement-breakpoint
CREATE INDEX `work_order_events_type_at_idx` ON `work_order_events` (`type`,`at`);--> statement-breakpoint
CREATE TABLE `work_order_fold` (
	`work_order_id` text PRIMARY KEY NOT NULL,
	`status` text NOT NULL,
	`created_at` integer,
	`worker_id` text,
	`dispatched_at` integer,
	`arrived_at` integer,
	`completed_at` integer,
	`closed_at` integer,
	`print_count` integer DEFAULT 0 NOT NULL,
	`slip_returned` integer DEFAULT false NOT NULL,
	`open_conflicts` integer DEFAULT 0 NOT NULL,
	`state` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `work_order_fold_status_idx` ON `work_order_fold` (`status`,`created_at`);--> statement-breakpoint
CREATE INDEX `work_order_fold_worker_idx` ON `work_order_fold` (`worker_id`,`created_at`);--> statement-breakpoint
CREATE INDEX `work_order_fold_conflicts_idx` ON `work_order_fold` (`open_conflicts`);--> statement-breakpoint
CREATE INDEX `work_order_fold_slip_idx` ON `work_order_fold` (`slip_returned`);--> statement-breakpoint
CREATE TABLE `work_order_fold_mark` (
	`id` integer PRIMARY KEY NOT NULL,
	`last_rowid` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `work_orders` (
	`id` text PRIMARY KEY NOT NULL,
	`number` text NOT NULL,
	`source` text NOT NULL,
	`source_id` text,
	`reporter_name` text NOT NULL,
	`reporter_phone` text NOT NULL,
	`resident_id` text,
	`building` text,
	`unit` text,
	`room` text,
	`public_location` text,
	`category` text NOT NULL,
	`description` text NOT NULL,
	`priority` text NOT NULL,
	`appointment_at` integer,
	`created_at` integer NOT NULL,
	`created_by` text,
	`deleted_at` integer
);
--> statement-breakpoint
CREATE UNIQUE INDEX `work_orders_number_idx` ON `work_orders` (`number`);--> statement-breakpoint
CREATE INDEX `work_orders_created_idx` ON `work_orders` (`created_at`);--> statement-breakpoint
CREATE INDEX `work_orders_phone_idx` ON `work_orders` (`reporter_phone`);--> statement-breakpoint
CREATE INDEX `work_orders_source_idx` ON `work_orders` (`source_id`);--> statement-breakpoint
CREATE INDEX `work_orders_room_idx` ON `work_orders` (`room`);