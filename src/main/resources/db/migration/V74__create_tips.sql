-- Members' tips (/astuces): short Markdown texts under one label of a fixed list, moderated until their author has
-- had one approved; readers flag them, members mark them useful once. Counts shown on the public lists live on the
-- tip row (useful_count, flag_count), so that no list counts marks or flags per request.

-- The labels are a fixed list, changed by a migration: a handful of stable topics keeps the filters' addresses
-- stable and the lists short, and the board never has to tidy labels typed by members.
create table tips_label (
    id       bigint generated always as identity primary key,
    slug     varchar(40) not null unique,
    name     varchar(60) not null,
    position int         not null
);
insert into tips_label (slug, name, position) values
    ('moderation', 'Modération', 1),
    ('outils', 'Outils', 2),
    ('juridique', 'Juridique', 3),
    ('redaction', 'Rédaction', 4),
    ('strategie', 'Stratégie', 5),
    ('mesure', 'Mesure et statistiques', 6),
    ('crise', 'Gestion de crise', 7),
    ('carriere', 'Carrière', 8);

create table tips_tip (
    id               bigint generated always as identity primary key,
    slug             varchar(90)  not null unique,
    title            varchar(120) not null,
    body_markdown    text         not null check (length(body_markdown) <= 4000),
    body_html        text         not null,
    body_text        text         not null,
    label_id         bigint       not null references tips_label (id),
    -- the member who wrote it, and their name as shown ("Prénom N."); both null once the author asked for erasure
    author_member_id bigint,
    author_name      varchar(120),
    status           varchar(12)  not null check (status in ('PENDING', 'PUBLISHED', 'FLAGGED', 'REJECTED', 'UNPUBLISHED')),
    created_at       timestamptz  not null,
    updated_at       timestamptz  not null,
    published_at     timestamptz,
    -- set when the board approved it: its author's later tips publish at once
    approved_at      timestamptz,
    decided_at       timestamptz,
    useful_count     int          not null default 0,
    flag_count       int          not null default 0,
    search_vector    tsvector generated always as (
        setweight(to_tsvector('icmf_french', title), 'A') || setweight(to_tsvector('icmf_french', body_text), 'B')
    ) stored,
    constraint tips_tip_published_has_date check (status <> 'PUBLISHED' or published_at is not null)
);
-- The public lists: newest or most useful first, all labels or one.
create index tips_tip_newest_idx on tips_tip (published_at desc, id desc) where status = 'PUBLISHED';
create index tips_tip_useful_idx on tips_tip (useful_count desc, published_at desc, id desc) where status = 'PUBLISHED';
create index tips_tip_label_newest_idx on tips_tip (label_id, published_at desc, id desc) where status = 'PUBLISHED';
create index tips_tip_label_useful_idx on tips_tip (label_id, useful_count desc, published_at desc, id desc)
    where status = 'PUBLISHED';
create index tips_tip_search_idx on tips_tip using gin (search_vector) where status = 'PUBLISHED';
-- The board's list (waiting, hidden by flags, or flagged at least once) and the dashboard's count.
create index tips_tip_moderation_idx on tips_tip (created_at)
    where status in ('PENDING', 'FLAGGED') or (status = 'PUBLISHED' and flag_count > 0);
create index tips_tip_author_idx on tips_tip (author_member_id, created_at desc);
create index tips_tip_decided_idx on tips_tip (decided_at) where status = 'REJECTED';

-- "Utile": once per member and tip (a second mark changes nothing). Kept without the member once they are erased,
-- so that the count on the tip stays true (member_id null: nulls never clash in the unique constraint).
create table tips_useful (
    id         bigint generated always as identity primary key,
    tip_id     bigint      not null references tips_tip (id) on delete cascade,
    member_id  bigint,
    created_at timestamptz not null,
    constraint tips_useful_once unique (tip_id, member_id)
);
create index tips_useful_member_idx on tips_useful (member_id, created_at);

-- A reader's flag: once per client address (a keyed hash) and tip; counted for the rate limit per address.
create table tips_flag (
    id           bigint generated always as identity primary key,
    tip_id       bigint      not null references tips_tip (id) on delete cascade,
    address_hash varchar(43) not null,
    created_at   timestamptz not null,
    constraint tips_flag_once unique (tip_id, address_hash)
);
create index tips_flag_address_idx on tips_flag (address_hash, created_at);

-- What readers see moves the reader cache's version (V50) on every instance: a tip entering, changing on or leaving
-- the public pages. A mark "utile" or a flag below the threshold only changes the counts, which the cached pages may
-- show late (until icmf.cache.time-to-live): otherwise every member's click would empty every instance's cache.
create constraint trigger tips_tip_insert_content_version after insert on tips_tip deferrable initially deferred
    for each row when (new.status = 'PUBLISHED') execute function bump_content_version();
create constraint trigger tips_tip_update_content_version
    after update of slug, title, body_html, label_id, author_name, status, published_at on tips_tip
    deferrable initially deferred
    for each row when (old.status = 'PUBLISHED' or new.status = 'PUBLISHED') execute function bump_content_version();
create constraint trigger tips_tip_delete_content_version after delete on tips_tip deferrable initially deferred
    for each row when (old.status = 'PUBLISHED') execute function bump_content_version();
create constraint trigger tips_label_content_version after insert or update or delete on tips_label
    deferrable initially deferred for each row execute function bump_content_version();
