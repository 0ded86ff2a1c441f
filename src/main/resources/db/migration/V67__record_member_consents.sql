-- When and where each of a member's choices was made (RGPD: a consent is recorded with its date and source):
-- the adhesion form, "Mes données", the members' space, or the link in a renewal reminder.
alter table membership_member
    add column directory_chosen_at  timestamptz,
    add column directory_chosen_via varchar(20)
        check (directory_chosen_via in ('ADHESION', 'MES_DONNEES', 'ESPACE_MEMBRE', 'LIEN_RAPPEL')),
    add column reminders_chosen_at  timestamptz,
    add column reminders_chosen_via varchar(20)
        check (reminders_chosen_via in ('ADHESION', 'MES_DONNEES', 'ESPACE_MEMBRE', 'LIEN_RAPPEL'));

-- Members so far chose on their application, dated from their acceptance as for new members; a stop asked for
-- since then has no known date.
update membership_member set directory_chosen_at = joined_at, directory_chosen_via = 'ADHESION';
update membership_member set reminders_chosen_at = joined_at, reminders_chosen_via = 'ADHESION'
where not reminders_opt_out;
