-- People: who they are, what they may do, and how chat and mail know them. A chat identity belongs to
-- one person at most (unique), so a role cannot be claimed twice.
create table people (
    id varchar(64) primary key,
    name varchar(200) not null,
    role varchar(16) not null,
    time_zone varchar(64) not null,
    locale varchar(16) not null,
    slack_user_id varchar(64),
    telegram_user_id varchar(64),
    email varchar(320),
    constraint uk_people_slack unique (slack_user_id),
    constraint uk_people_telegram unique (telegram_user_id)
);
