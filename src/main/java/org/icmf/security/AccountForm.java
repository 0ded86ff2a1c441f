package org.icmf.security;

import java.util.Set;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

/**
 * A board account as the ADMIN creates or edits it. The password is only asked at creation (the member
 * changes it afterwards); {@code active} only matters when editing.
 */
record AccountForm(
        @NotBlank(message = "{account.email.required}")
        @Email(message = "{account.email.invalid}")
        @Size(max = 254, message = "{account.email.size}")
        String email,
        @NotBlank(message = "{account.displayName.required}")
        @Size(max = 120, message = "{account.displayName.size}")
        String displayName,
        // Only asked at creation: AccountController checks it with Passwords (12 characters to 72 bytes).
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
