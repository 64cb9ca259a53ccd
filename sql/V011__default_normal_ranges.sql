-- Default adult normal ranges (site NULL: used by every site that has not entered its own; a site's own range,
-- entered on Administration > Normal ranges or imported from CSV, always wins). They make LLN/ULN, CTCAE grading
-- and ×ULN eligibility work out of the box; each site should replace them with its laboratory's ranges.
-- Sources (adult reference intervals of the People's Republic of China health standards, the customer's sites):
--   WS/T 405-2012  Reference intervals for blood cell analysis (WBC, neutrophils, lymphocytes, HGB, PLT)
--   WS/T 404.1-2012 serum ALT, AST, ALP, GGT; WS/T 404.2-2012 serum albumin; WS/T 404.3-2012 K, Na;
--   WS/T 404.5-2015 serum creatinine (enzymatic); WS/T 404.6-2015 serum calcium, magnesium;
--   WS/T 404.7-2015 serum creatine kinase.
--   Not covered by WS/T 404/405, taken from Tietz Textbook of Clinical Chemistry (adult intervals): total
--   bilirubin 5-21 µmol/L, fasting glucose 3.9-6.1 mmol/L, lipase 13-60 U/L, amylase 30-110 U/L, INR 0.8-1.2.
-- Where the standard splits by sex or age, so do these rows (age bands inclusive, in years).
INSERT INTO normal_range (site_id, test_code, sex, age_min, age_max, unit, lln, uln) VALUES
 (NULL, 'WBC',    NULL, NULL, NULL, '10^9/L', 3.5,  9.5),
 (NULL, 'ANC',    NULL, NULL, NULL, '10^9/L', 1.8,  6.3),
 (NULL, 'LYM',    NULL, NULL, NULL, '10^9/L', 1.1,  3.2),
 (NULL, 'PLT',    NULL, NULL, NULL, '10^9/L', 125,  350),
 (NULL, 'HGB',    'M',  NULL, NULL, 'g/L',    130,  175),
 (NULL, 'HGB',    'F',  NULL, NULL, 'g/L',    115,  150),
 (NULL, 'ALT',    'M',  NULL, NULL, 'U/L',    9,    50),
 (NULL, 'ALT',    'F',  NULL, NULL, 'U/L',    7,    40),
 (NULL, 'AST',    'M',  NULL, NULL, 'U/L',    15,   40),
 (NULL, 'AST',    'F',  NULL, NULL, 'U/L',    13,   35),
 (NULL, 'ALP',    'M',  NULL, NULL, 'U/L',    45,   125),
 (NULL, 'ALP',    'F',  NULL, 49,   'U/L',    35,   100),
 (NULL, 'ALP',    'F',  50,   NULL, 'U/L',    50,   135),
 (NULL, 'GGT',    'M',  NULL, NULL, 'U/L',    10,   60),
 (NULL, 'GGT',    'F',  NULL, NULL, 'U/L',    7,    45),
 (NULL, 'BILI',   NULL, NULL, NULL, 'µmol/L', 5,    21),
 (NULL, 'CREAT',  'M',  NULL, 59,   'µmol/L', 57,   97),
 (NULL, 'CREAT',  'M',  60,   NULL, 'µmol/L', 57,   111),
 (NULL, 'CREAT',  'F',  NULL, 59,   'µmol/L', 41,   73),
 (NULL, 'CREAT',  'F',  60,   NULL, 'µmol/L', 41,   81),
 (NULL, 'ALB',    NULL, NULL, 59,   'g/L',    40,   55),
 (NULL, 'ALB',    NULL, 60,   NULL, 'g/L',    38,   55),
 (NULL, 'K',      NULL, NULL, NULL, 'mmol/L', 3.5,  5.3),
 (NULL, 'NA',     NULL, NULL, NULL, 'mmol/L', 137,  147),
 (NULL, 'MG',     NULL, NULL, NULL, 'mmol/L', 0.75, 1.02),
 (NULL, 'CA',     NULL, NULL, NULL, 'mmol/L', 2.11, 2.52),
 (NULL, 'GLU',    NULL, NULL, NULL, 'mmol/L', 3.9,  6.1),
 (NULL, 'LIPASE', NULL, NULL, NULL, 'U/L',    13,   60),
 (NULL, 'AMYLASE',NULL, NULL, NULL, 'U/L',    30,   110),
 (NULL, 'CPK',    'M',  NULL, NULL, 'U/L',    50,   310),
 (NULL, 'CPK',    'F',  NULL, NULL, 'U/L',    40,   200),
 (NULL, 'INR',    NULL, NULL, NULL, 'ratio',  0.8,  1.2);
