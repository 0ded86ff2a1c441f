-- An action is logged once however often its event is delivered: the event publication registry replays
-- unfinished publications at every start, also those another instance is finishing during a rolling restart.
-- An action is identified by when it happened (to the microsecond), by whom, and what it did to which subject.
delete from audit_entry later
using audit_entry earlier
where later.id > earlier.id
  and later.occurred_at = earlier.occurred_at
  and later.subject_type = earlier.subject_type
  and later.action = earlier.action
  and later.subject_id = earlier.subject_id
  and later.actor_account_id is not distinct from earlier.actor_account_id;

create unique index audit_entry_action_key on audit_entry
    (occurred_at, subject_type, action, subject_id, coalesce(actor_account_id, 0));
