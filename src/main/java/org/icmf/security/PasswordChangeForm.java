package org.icmf.security;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The form of {@code /admin/mot-de-passe}. */
record PasswordChangeForm(
        @NotBlank(message = "{password.current.required}")
        @Size(max = 200, message = "{password.size}")
        String currentPassword,
        // 12 characters to 72 bytes: PasswordController checks it with Passwords.
        @NotBlank(message = "{password.new.required}")
        @Size(max = 200, message = "{password.size}")
        String newPassword,
        @Size(max = 200, message = "{password.size}")
        String confirmation) {

    static PasswordChangeForm empty() {
        return new PasswordChangeForm("", "", "");
    }
}
