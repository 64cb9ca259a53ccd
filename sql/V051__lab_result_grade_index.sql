-- The DMC report's lab shift table aggregates every graded result of a study (about 500,000 at 7,800 subjects)
-- by subject and test: baseline and worst grade from subject_id, test_code, collected_on, baseline and
-- ctcae_grade. With those five columns in one index the aggregation reads the index only, instead of one
-- clustered-index lookup per result for baseline and ctcae_grade. The index replaces ix_lab_subject
-- (subject_id, test_code, collected_on), its prefix, so every query that used that one can use this one
-- and lab_result keeps a single secondary index on subject (also the one behind fk_lab_subject).
CREATE INDEX ix_lab_subject_grade ON lab_result (subject_id, test_code, collected_on, baseline, ctcae_grade);
DROP INDEX ix_lab_subject ON lab_result;
