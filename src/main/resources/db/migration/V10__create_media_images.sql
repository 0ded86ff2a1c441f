-- Images uploaded by the board, stored in PostgreSQL itself (see org.icmf.media.MediaLibrary): they survive
-- restarts, need no shared disk between app instances, and are in the same backups and transactions as posts.
create table media_image (
    id                     bigserial    primary key,
    -- Hex SHA-256 of the bytes; C collation so that it compares byte by byte. Uploading the same bytes again
    -- finds this row instead of adding one.
    sha256                 varchar(64)  collate "C" not null unique check (sha256 ~ '^[0-9a-f]{64}$'),
    content_type           varchar(40)  not null
        check (content_type in ('image/jpeg', 'image/png', 'image/webp', 'image/svg+xml')),
    original_file_name     varchar(255) not null,
    alt_text               varchar(250) not null,
    width                  integer,
    height                 integer,
    size_bytes             bigint       not null check (size_bytes > 0),
    data                   bytea        not null,
    uploaded_at            timestamptz  not null,
    uploaded_by_account_id bigint,
    uploaded_by_name       varchar(120) not null
);

-- The public address /media/{key}.{ext} names an image by the first 16 hex characters of its hash: unique too.
create unique index media_image_public_key_idx on media_image (substr(sha256, 1, 16));

-- The admin list, newest first.
create index media_image_uploaded_idx on media_image (uploaded_at desc, id desc);
