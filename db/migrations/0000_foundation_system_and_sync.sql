CREATE TABLE `audit_log` (
	`id` text PRIMARY KEY NOT NULL,
	`at` integer NOT NULL,
	`staff_id` text,
	`action` text NOT NULL,
	`target` text,
	`detail` text,
	`deleted_at` integer
);
--> statement-breakpoint
CREATE INDEX `audit_log_at_idx` ON `audit_log` (`at`);--> statement-breakpoint
CREATE TABLE `departments` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`location` text,
	`deleted_at` integer
);
--> statement-breakpoint
CREATE TABLE `device` (
	`id` integer PRIMARY KEY NOT NULL,
	`site_code` text NOT NULL,
	`letter` text NOT NULL,
	`client_id` text NOT NULL,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `kiosk_devices` (
	`id` text PRIMARY KEY NOT NULL,
	`token_hash` text NOT NULL,
	`created_at` integer NOT NULL,
	`revoked_at` integer
);
--> statement-breakpoint
CREATE UNIQUE INDEX `kiosk_devices_token_hash_unique` ON `kiosk_devices` (`token_hash`);--> statement-breakpoint
CREATE TABLE `kiosk_pairings` (
	`code` text PRIMARY KEY NOT NULL,
	`expires_at` integer NOT NULL,
	`created_by` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `local_settings` (
	`key` text PRIMARY KEY NOT NULL,
	`value` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `number_seq` (
	`kind` text NOT NULL,
	`day` text NOT NULL,
	`next` integer NOT NULL,
	PRIMARY KEY(`kind`, `day`)
);
--> statement-breakpoint
CREATE TABLE `pin_attempts` (
	`staff_id` text PRIMARY KEY NOT NULL,
	`failures` integer NOT NULL,
	`locked_until` integer
);
--> statement-breakpoint
CREATE TABLE `settings` (
	`id` text PRIMARY KEY NOT NULL,
	`value` text NOT NULL,
	`deleted_at` integer
);
--> statement-breakpoint
CREATE TABLE `sites` (
	`code` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`time_zone` text DEFAULT 'Asia/Shanghai' NOT NULL
);
--> statement-breakpoint
CREATE TABLE `staff` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`role` text NOT NULL,
	`department_id` text,
	`extension` text,
	`phone` text,
	`location` text,
	`pin_hash` text,
	`pinyin` text DEFAULT '' NOT NULL,
	`active` integer DEFAULT true NOT NULL,
	`created_at` integer NOT NULL,
	`deleted_at` integer
);
--> statement-breakpoint
CREATE INDEX `staff_role_idx` ON `staff` (`role`);--> statement-breakpoint
CREATE TABLE `field_clock` (
	`tbl` text NOT NULL,
	`row_id` text NOT NULL,
	`col` text NOT NULL,
	`hlc` text NOT NULL,
	PRIMARY KEY(`tbl`, `row_id`, `col`)
);
--> statement-breakpoint
CREATE TABLE `outbox` (
	`seq` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`tx_id` integer NOT NULL,
	`tbl` text NOT NULL,
	`row_id` text NOT NULL,
	`fields` text NOT NULL,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `outbox_tx_idx` ON `outbox` (`tx_id`);--> statement-breakpoint
CREATE TABLE `sync_state` (
	`key` text PRIMARY KEY NOT NULL,
	`value` text NOT NULL
);
