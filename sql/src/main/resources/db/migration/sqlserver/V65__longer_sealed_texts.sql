-- A draft sentence and a note are held sealed: an AES-GCM record of the text (at most three UTF-8
-- bytes per character, plus 29 bytes) in Base64, 4 × characters + 40 at most. The other dialects
-- widen sentence_text to 400,100 and content to 800,100 characters here (CitedSentence.MAX_TEXT
-- 100,000, DraftVersion.MAX_CONTENT 200,000); on SQL Server both are NVARCHAR(MAX) since V1, which
-- this restates so that the folders keep the same versions.
ALTER TABLE draft_sentence ALTER COLUMN sentence_text NVARCHAR(MAX) NOT NULL;
ALTER TABLE draft_version ALTER COLUMN content NVARCHAR(MAX);
