-- A draft sentence and a note are held sealed: an AES-GCM record of the text (at most three UTF-8
-- bytes per character, plus 29 bytes) in Base64, 4 × characters + 40 at most. The columns hold the
-- sealed form of the longest text the application accepts: 100,000 characters for a sentence
-- (CitedSentence.MAX_TEXT, room for what an engine makes of the longest imported segment) and
-- 200,000 for a note (DraftVersion.MAX_CONTENT). Segments (10,000 characters, 40,040 sealed) and
-- flags (10,000) already fit their 60,000.
ALTER TABLE draft_sentence ALTER COLUMN sentence_text TYPE VARCHAR(400100);
ALTER TABLE draft_version ALTER COLUMN content TYPE VARCHAR(800100);
