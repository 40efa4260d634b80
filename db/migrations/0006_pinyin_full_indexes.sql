-- drizzle-kit quotes the pieces of an expression index as identifiers; written out by hand here.
CREATE INDEX `residents_pinyin_full_idx` ON `residents` (substr("pinyin", instr("pinyin", ' ') + 1));--> statement-breakpoint
CREATE INDEX `calls_pinyin_full_idx` ON `calls` (substr("caller_pinyin", instr("caller_pinyin", ' ') + 1));
