-- Every table compares text as the database does (utf8mb4_unicode_ci): a table made with only DEFAULT CHARSET gets
-- the character set's own default collation, and a join on text between the two then fails.
ALTER TABLE sent_mail CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
