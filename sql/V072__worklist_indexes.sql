-- The work lists (issue 15) read pending lab-based AE proposals by collection date across studies, and death dates.
CREATE INDEX ix_prop_pending ON lab_ae_proposal (status, collected_on);
CREATE INDEX ix_fuc_death ON follow_up_contact (death_date, subject_id);
