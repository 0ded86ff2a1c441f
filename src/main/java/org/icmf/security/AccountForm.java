package org.icmf.security;

import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import org.icmf.web.EmailAddress;
import org.icmf.web.EmailAddresses;

/**
 * A board account as the ADMIN creates or edits it. The password is only asked at creation (the member
 * changes it afterwards); {@code active} only matters when editing.
 */
record AccountForm(
        @NotBlank(message = "{account.email.required}")
        @EmailAddress(message = "{account.email.invalid}")
        @Size(max = EmailAddresses.MAX_LENGTH, message = "{account.email.size}")
        String email,
        @NotBlank(message = "{account.displayName.required}")
        @Size(max = 120, message = "{account.displayName.size}")
        String displayName,
        @Size(max = 200, message = "{account.password.size}")
        String password,
        @NotEmpty(message = "{account.roles.required}")
        Set<Role> roles,
        Boolean active) {

    /** A missing value (the creation form has no such box) counts as not ticked. */
    boolean isActive() {
        return Boolean.TRUE.equals(active);
    }

    static AccountForm blank() {
        return new AccountForm("", "", "", Set.of(), true);
    }
}
