-- Documentation time and the draft's rating for the benefit figures (issue 15). The caseworker's
-- active time on the review screen is summed server-side per conversation and user from the review
-- page's activity beats (review_activity, purged with the conversation); at approval the sum is kept
-- on the conversation and, once its row is purged, on its non-personal record with the optional 1-5
-- rating. The rating's reason may hold personal data: sealed, and purged with the row. A team lead
-- enters the team's baseline minutes per note (before Samtalenotat). Kept equivalent to
-- ../h2 and ../postgresql.
ALTER TABLE conversation ADD documentation_seconds INTEGER;
ALTER TABLE conversation ADD draft_rating INTEGER;
ALTER TABLE conversation ADD sealed_rating_reason VARCHAR(6000);
ALTER TABLE conversation_record ADD documentation_seconds INTEGER;
ALTER TABLE conversation_record ADD draft_rating INTEGER;

CREATE TABLE review_activity (
    id               BIGINT IDENTITY(1,1) PRIMARY KEY,
    conversation_id  BIGINT        NOT NULL,
    user_key         VARCHAR(200)  NOT NULL,
    last_beat_at     DATETIME2(6)  NOT NULL,
    active_ms        BIGINT        NOT NULL,
    version          INTEGER       NOT NULL,
    CONSTRAINT uq_review_activity UNIQUE (conversation_id, user_key),
    CONSTRAINT fk_review_activity_conversation FOREIGN KEY (conversation_id) REFERENCES conversation (id)
);

CREATE TABLE benefit_baseline (
    id                BIGINT IDENTITY(1,1) PRIMARY KEY,
    tenant_id         BIGINT        NOT NULL,
    team              NVARCHAR(100)  NOT NULL,
    minutes_per_note  INTEGER       NOT NULL,
    changed_by        VARCHAR(200)  NOT NULL,
    changed_at        DATETIME2(6)  NOT NULL,
    CONSTRAINT uq_benefit_baseline UNIQUE (tenant_id, team),
    CONSTRAINT fk_benefit_baseline_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id)
);
