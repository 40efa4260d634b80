-- drizzle-kit quotes the pieces of an expression index as identifiers; written out by hand here (as 0006).
CREATE INDEX `visits_pinyin_full_idx` ON `visits` (substr("visitor_pinyin", instr("visitor_pinyin", ' ') + 1),`arrived_at`);
