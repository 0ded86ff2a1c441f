package org.icmf.security;

import jakarta.validation.constraints.NotBlank;

/** The form of {@code /admin/mot-de-passe}. */
record PasswordChangeForm(
        @NotBlank(message = "{password.current.required}")
        String currentPassword,
        // 12 characters to 72 bytes: PasswordController checks it with Passwords.
        @NotBlank(message = "{password.new.required}")
        String newPassword,
        String confirmation) {

    static PasswordChangeForm empty() {
        return new PasswordChangeForm("", "", "");
    }
}
