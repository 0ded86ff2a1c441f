-- Tables follow the module that owns them. The rate limits of the forms that mail a typed address serve every
-- such form (adhésion, Mes données, and the forms to come), so they leave the membership module's name; regional
-- representatives now belong to the regions module.
alter table membership_form_attempt rename to form_attempt;
alter index membership_form_attempt_email_idx rename to form_attempt_email_idx;
alter index membership_form_attempt_address_idx rename to form_attempt_address_idx;
alter index membership_form_attempt_created_idx rename to form_attempt_created_idx;
alter table membership_representative rename to regions_representative;
