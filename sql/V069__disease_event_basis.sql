-- Issue 15: a progression date is the date of the tumour assessment that shows it, or a clinical progression with
-- its method stated. basis: IMAGING (tumour_assessment_id: the follow-up assessment showing PD) or CLINICAL (method
-- states how it was found). Rows recorded before this script keep basis NULL; the consistency report checks them.
ALTER TABLE disease_event
    ADD COLUMN basis VARCHAR(16) NULL AFTER event_date,
    ADD COLUMN tumour_assessment_id BIGINT NULL AFTER basis,
    ADD CONSTRAINT fk_disease_event_assessment FOREIGN KEY (tumour_assessment_id) REFERENCES tumour_assessment (id);
