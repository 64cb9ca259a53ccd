-- Dosing rules across cycles (issue 15): a cycle's day 1 keeps its target date and, when late, the delay and its
-- reason; a schedule deviation (a cycle too early, a phase started outside its window) keeps the reason the user gave.
ALTER TABLE dose_administration
    ADD COLUMN cycle_target_on DATE NULL,
    ADD COLUMN delay_days      INT NULL,
    ADD COLUMN delay_reason    VARCHAR(2000) NULL;

ALTER TABLE protocol_deviation
    ADD COLUMN reason VARCHAR(2000) NULL;
