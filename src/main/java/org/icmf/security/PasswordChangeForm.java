package org.icmf.security;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The form of {@code /admin/mot-de-passe}. */
record PasswordChangeForm(
        @NotBlank(message = "{password.current.required}") @Size(max = 200, message = "{password.size}")
        String currentPassword,
        // 12 characters to 72 bytes: PasswordController checks it with Passwords (no @Size, so that a very long one
        // gets that message; the input edge bounds it at icmf.web.max-field-length).
        @NotBlank(message = "{password.new.required}") String newPassword,
        @Size(max = 200, message = "{password.size}") String confirmation) {

    static PasswordChangeForm empty() {
        return new PasswordChangeForm("", "", "");
    }
}
