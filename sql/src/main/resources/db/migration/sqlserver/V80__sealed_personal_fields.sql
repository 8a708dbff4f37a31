-- Personal fields of a conversation sealed with the conversation's own data key, like the CPR
-- number, so that they are destroyed with it (issue 14): participants' names (the citizen's among
-- them), the citizen's words on declining, and a problem's technical detail. A problem keeps its
-- code and a Danish text built from codes in plain columns. The plain columns of before stay
-- nullable until the application has sealed their values at start-up (PlainFieldSealer), which
-- sets them to NULL. Kept equivalent to ../h2 and ../postgresql.

ALTER TABLE participant ADD sealed_name VARCHAR(1200);
ALTER TABLE participant ALTER COLUMN name NVARCHAR(200) NULL;

ALTER TABLE conversation ADD sealed_declined_reason VARCHAR(6000);
ALTER TABLE conversation ADD problem_code VARCHAR(40);
ALTER TABLE conversation ADD problem_text NVARCHAR(1000);
ALTER TABLE conversation ADD sealed_problem_detail VARCHAR(6000);
