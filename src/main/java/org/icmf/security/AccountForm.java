package org.icmf.security;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;
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

        @NotBlank(message = "{account.displayName.required}") @Size(max = 120, message = "{account.displayName.size}")
        String displayName,
        // Only asked at creation: AccountController checks it with Passwords (12 characters to 72 bytes).
        String password,

        @NotEmpty(message = "{account.roles.required}")
        Set<@Size(max = 20, message = "{account.roles.required}") String> roles,

        Boolean active) {

    /** Roles are names, so that a forged one is reported next to the boxes rather than failing the binding. */
    AccountForm {
        roles = roles == null ? null : new LinkedHashSet<>(roles);
    }

    static AccountForm of(BoardUser account) {
        return new AccountForm(
                account.email(),
                account.displayName(),
                "",
                account.roles().stream().map(Role::name).collect(Collectors.toSet()),
                account.active());
    }

    /** Whether every role ticked is one of {@link Role}. */
    boolean knownRoles() {
        return roles == null
                || roles.stream()
                        .allMatch(name -> EnumSet.allOf(Role.class).stream()
                                .anyMatch(role -> role.name().equals(name)));
    }

    /** The roles ticked; call on a form whose roles are known. */
    Set<Role> roleSet() {
        Set<Role> chosen = EnumSet.noneOf(Role.class);
        roles.forEach(name -> chosen.add(Role.valueOf(name)));
        return chosen;
    }

    /** A missing value (the creation form has no such box) counts as not ticked. */
    boolean isActive() {
        return Boolean.TRUE.equals(active);
    }

    static AccountForm blank() {
        return new AccountForm("", "", "", Set.of(), true);
    }
}
