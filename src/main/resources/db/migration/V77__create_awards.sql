-- The ICMF awards (/trophees): editions opened by the board, their categories, the members' nominations, the board's
-- shortlist and the members' secret ballot.
create table award_edition (
    id                   bigint generated always as identity primary key,
    year                 integer     not null unique check (year between 2000 and 2100),
    nominations_open     date        not null,
    nominations_close    date        not null,
    vote_open            date        not null,
    vote_close           date        not null,
    results_on           date        not null,
    results_published_at timestamptz,
    created_at           timestamptz not null,
    updated_at           timestamptz not null,
    check (nominations_open <= nominations_close and nominations_close < vote_open and vote_open <= vote_close
        and vote_close < results_on)
);

create table award_category (
    id         bigint generated always as identity primary key,
    edition_id bigint       not null references award_edition (id) on delete cascade,
    position   integer      not null,
    name       varchar(120) not null,
    unique (edition_id, name)
);
create index award_category_edition_idx on award_category (edition_id, position);

-- A member's nomination: one per category (a second is refused). The member link and the justification are removed
-- when the results are published or the member has their data erased; the nominee stays, for the edition's record.
create table award_nomination (
    id            bigint generated always as identity primary key,
    category_id   bigint        not null references award_category (id) on delete cascade,
    member_id     bigint,
    nominee       varchar(120)  not null,
    justification varchar(2000),
    created_at    timestamptz   not null,
    unique (category_id, member_id)
);
create index award_nomination_member_idx on award_nomination (member_id) where member_id is not null;

-- The board's shortlist: the nominees members vote for.
create table award_finalist (
    id          bigint generated always as identity primary key,
    category_id bigint       not null references award_category (id) on delete cascade,
    name        varchar(120) not null,
    unique (category_id, name)
);

-- Secret ballot. A ballot says for whom, never by whom: no member, no time, and a random key, so that neither a
-- column nor the order of keys ties it to the voter rows or to the audit log's times.
create table award_ballot (
    id          uuid   primary key default gen_random_uuid(),
    category_id bigint not null references award_category (id) on delete cascade,
    finalist_id bigint not null references award_finalist (id)
);
create index award_ballot_finalist_idx on award_ballot (category_id, finalist_id);

-- Who voted, never for whom: written with the ballot in one transaction, its key refuses a second vote (and so
-- rolls back the ballot). Deleted when the results are published or the member has their data erased.
create table award_voter (
    category_id bigint not null references award_category (id) on delete cascade,
    member_id   bigint not null,
    primary key (category_id, member_id)
);
create index award_voter_member_idx on award_voter (member_id);

-- Editions are public pages of the reader cache (V50): any change to one, its categories or shortlist moves the
-- content version. Nominations and votes show nowhere public until the board publishes the results.
create constraint trigger award_edition_content_version after insert or update or delete on award_edition
    deferrable initially deferred for each row execute function bump_content_version();
create constraint trigger award_category_content_version after insert or update or delete on award_category
    deferrable initially deferred for each row execute function bump_content_version();
create constraint trigger award_finalist_content_version after insert or update or delete on award_finalist
    deferrable initially deferred for each row execute function bump_content_version();
