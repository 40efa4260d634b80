CREATE TABLE `visit_appointments` (
	`id` text PRIMARY KEY NOT NULL,
	`code` text NOT NULL,
	`visitor_name` text NOT NULL,
	`phone_masked` text,
	`phone_sealed` text,
	`company` text,
	`host_id` text,
	`host_name` text NOT NULL,
	`purpose` text NOT NULL,
	`party_size` integer DEFAULT 1 NOT NULL,
	`expected_at` integer NOT NULL,
	`visit_id` text,
	`created_at` integer NOT NULL,
	`created_by` text NOT NULL,
	`deleted_at` integer
);
--> statement-breakpoint
CREATE INDEX `visit_appointments_code_idx` ON `visit_appointments` (`code`);--> statement-breakpoint
CREATE INDEX `visit_appointments_expected_idx` ON `visit_appointments` (`expected_at`);--> statement-breakpoint
CREATE TABLE `visit_blocklist` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`phone_masked` text,
	`phone_index` text,
	`reason` text NOT NULL,
	`created_at` integer NOT NULL,
	`created_by` text NOT NULL,
	`deleted_at` integer
);
--> statement-breakpoint
CREATE INDEX `visit_blocklist_phone_idx` ON `visit_blocklist` (`phone_index`);--> statement-breakpoint
CREATE INDEX `visit_blocklist_name_idx` ON `visit_blocklist` (`name`);--> statement-breakpoint
CREATE TABLE `visit_incidents` (
	`id` text PRIMARY KEY NOT NULL,
	`kind` text NOT NULL,
	`description` text NOT NULL,
	`person_name` text,
	`blocklist_id` text,
	`at` integer NOT NULL,
	`recorded_by` text,
	`case_id` text,
	`deleted_at` integer
);
--> statement-breakpoint
CREATE INDEX `visit_incidents_at_idx` ON `visit_incidents` (`at`);--> statement-breakpoint
CREATE TABLE `visit_index_key` (
	`phone_index` text PRIMARY KEY NOT NULL,
	`visit_id` text NOT NULL,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `visits` (
	`id` text PRIMARY KEY NOT NULL,
	`badge_no` text NOT NULL,
	`visitor_name` text,
	`visitor_pinyin` text DEFAULT '' NOT NULL,
	`phone_masked` text,
	`phone_sealed` text,
	`phone_index` text,
	`company` text,
	`id_type` text,
	`id_masked` text,
	`id_sealed` text,
	`host_id` text,
	`host_name` text NOT NULL,
	`purpose` text NOT NULL,
	`purpose_note` text,
	`party_size` integer DEFAULT 1 NOT NULL,
	`items` text,
	`appointment_id` text,
	`channel` text NOT NULL,
	`consent_version` text,
	`arrived_at` integer NOT NULL,
	`departed_at` integer,
	`badge_returned` integer,
	`created_by` text,
	`purged_at` integer,
	`deleted_at` integer
);
--> statement-breakpoint
CREATE INDEX `visits_arrived_idx` ON `visits` (`arrived_at`);--> statement-breakpoint
CREATE INDEX `visits_onsite_idx` ON `visits` (`departed_at`,`arrived_at`);--> statement-breakpoint
CREATE INDEX `visits_badge_idx` ON `visits` (`badge_no`);--> statement-breakpoint
CREATE INDEX `visits_phone_index_idx` ON `visits` (`phone_index`,`arrived_at`);--> statement-breakpoint
CREATE INDEX `visits_phone_masked_idx` ON `visits` (`phone_masked`);--> statement-breakpoint
CREATE INDEX `visits_pinyin_idx` ON `visits` (`visitor_pinyin`);--> statement-breakpoint
CREATE INDEX `visits_name_idx` ON `visits` (`visitor_name`);--> statement-breakpoint
CREATE INDEX `visits_company_idx` ON `visits` (`company`);