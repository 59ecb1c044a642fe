-- Dialogs in progress: one row per conversation, its state and data as the engine last saved them.
-- Runs on PostgreSQL 15 and on H2 (MODE=PostgreSQL).
CREATE TABLE conversations (
    id            VARCHAR(16)              PRIMARY KEY,
    chat_channel  VARCHAR(16)              NOT NULL,
    chat_address  VARCHAR(255)             NOT NULL,
    user_channel  VARCHAR(16)              NOT NULL,
    user_id       VARCHAR(255)             NOT NULL,
    user_name     VARCHAR(255),
    dialog        VARCHAR(64)              NOT NULL,
    state         VARCHAR(64)              NOT NULL,
    data          VARCHAR(4000)            NOT NULL,
    locale        VARCHAR(35)              NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    finished      BOOLEAN                  NOT NULL DEFAULT FALSE,
    version       BIGINT                   NOT NULL DEFAULT 0
);

-- start() closes the open dialog of the same person, chat and dialog
CREATE INDEX conversations_owner_idx ON conversations (chat_channel, chat_address, user_id, dialog);
-- start() purges rows nobody touched for a long time
CREATE INDEX conversations_updated_at_idx ON conversations (updated_at);
