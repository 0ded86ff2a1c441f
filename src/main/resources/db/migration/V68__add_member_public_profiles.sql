-- "Se faire connaître": a member may show a short presentation and up to three links (http or https) beside their
-- name, region and job title in the public directory; off until they choose it, the choice dated like the others.
alter table membership_member
    add column profile_public      boolean      not null default false,
    add column profile_chosen_at   timestamptz,
    add column profile_chosen_via  varchar(20)
        check (profile_chosen_via in ('ADHESION', 'MES_DONNEES', 'ESPACE_MEMBRE', 'LIEN_RAPPEL')),
    add column presentation        varchar(600),
    add column link1               varchar(300),
    add column link2               varchar(300),
    add column link3               varchar(300);
