DROP INDEX `visits_phone_masked_idx`;--> statement-breakpoint
DROP INDEX `visits_pinyin_idx`;--> statement-breakpoint
DROP INDEX `visits_name_idx`;--> statement-breakpoint
DROP INDEX `visits_company_idx`;--> statement-breakpoint
CREATE INDEX `visits_phone_masked_idx` ON `visits` (`phone_masked`,`arrived_at`);--> statement-breakpoint
CREATE INDEX `visits_pinyin_idx` ON `visits` (`visitor_pinyin`,`arrived_at`);--> statement-breakpoint
CREATE INDEX `visits_name_idx` ON `visits` (`visitor_name`,`arrived_at`);--> statement-breakpoint
CREATE INDEX `visits_company_idx` ON `visits` (`company`,`arrived_at`);