-- The weekly radiotherapy check grades oral mucositis and the skin reaction also on the RTOG acute radiation morbidity
-- scale (0-4), beside the CTCAE v5.0 grades, where the study definition asks for it (radiotherapyCheck.rtog, e.g.
-- NCT07041788: "oral mucositis (RTOG grading)"). Null on checks of studies that do not, and on checks recorded before.
ALTER TABLE radiotherapy_skin_mucosa_check
    ADD COLUMN rtog_mucositis_grade TINYINT NULL,
    ADD COLUMN rtog_skin_grade      TINYINT NULL;
