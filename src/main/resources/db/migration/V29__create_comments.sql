-- Comments on posts and pages (issue 6). A subject belongs to another module (blog_post, site_page) and is named
-- by its type ('post', 'page') and its id there, without a foreign key across modules: the comments module asks
-- that module whether the subject exists and is public.
create table comment (
    id                  bigint generated always as identity primary key,
    subject_type        varchar(20)  not null,
    subject_id          bigint       not null,
    -- the first comment of the thread (replies to replies attach to it: threads are one level deep)
    parent_id           bigint references comment (id) on delete cascade,
    status              varchar(10)  not null check (status in ('PENDING', 'APPROVED', 'REJECTED', 'SPAM')),
    -- up to 100 characters from the form, 120 for a board member's display name
    author_name         varchar(120) not null,
    -- never shown publicly; null for the association's replies, and once retention or an erasure took it
    author_email        varchar(320),
    -- 300 characters from the form, plus the https:// given to a bare domain
    author_website      varchar(320),
    body                text         not null,
    from_board          boolean      not null default false,
    board_account_id    bigint,
    notify_replies      boolean      not null default false,
    -- SpamGuard's keyed hash of the client address (rate limit), never the address itself; forgotten after a while
    address_hash        varchar(43),
    created_at          timestamptz  not null,
    edited_at           timestamptz,
    edited_by_name      varchar(120),
    decided_at          timestamptz,
    decided_by_name     varchar(120),
    -- an erased first comment others answered stays as an empty placeholder, so that their replies keep a thread
    erased_at           timestamptz,
    moderators_notified boolean      not null default false,
    replies_notified    boolean      not null default false
);
-- A subject's thread and the comment counts of a page of posts.
create index comment_thread_idx on comment (subject_type, subject_id, created_at, id) where status = 'APPROVED';
-- The moderators' folders, newest first.
create index comment_folder_idx on comment (status, created_at desc, id desc);
create index comment_parent_idx on comment (parent_id) where parent_id is not null;
-- Known authors, the rate limit per e-mail, "Mes données" and its erasure.
create index comment_email_idx on comment (lower(author_email), created_at);
-- The rate limit per client address.
create index comment_address_idx on comment (address_hash, created_at) where address_hash is not null;
-- What the next moderators' notice will list.
create index comment_unannounced_idx on comment (id) where status = 'PENDING' and not moderators_notified;
-- Retention.
create index comment_created_idx on comment (created_at);

-- The board's switch per subject; without a row, the subject's module decides (posts open, pages closed).
create table comment_subject (
    subject_type varchar(20) not null,
    subject_id   bigint      not null,
    open         boolean     not null,
    primary key (subject_type, subject_id)
);

-- The links in reply e-mails that stop them for a thread (token stored hashed, Tokens).
create table comment_unsubscribe (
    token_hash varchar(64) primary key,
    comment_id bigint      not null references comment (id) on delete cascade,
    created_at timestamptz not null
);
create index comment_unsubscribe_comment_idx on comment_unsubscribe (comment_id);

-- The job profile takes comments from the start.
insert into comment_subject (subject_type, subject_id, open)
select 'page', id, true from site_page where slug = 'le-metier';
