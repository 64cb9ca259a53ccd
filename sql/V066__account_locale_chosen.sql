-- The account's language is kept only once its user has chosen one (NULL: never chosen; the sign-in page's choice
-- or the browser's language applies). 'en' was the default for every account and cannot be told apart from a
-- choice of English, so it becomes "never chosen".
ALTER TABLE user_account MODIFY locale VARCHAR(16) NULL DEFAULT NULL;
UPDATE user_account SET locale = NULL WHERE locale = 'en';
