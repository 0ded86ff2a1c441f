package org.icmf.security;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The form of {@code /admin/mot-de-passe}. */
record PasswordChangeForm(
        @NotBlank(message = "Saisissez votre mot de passe actuel.")
        String currentPassword,
        @NotBlank(message = "Choisissez un nouveau mot de passe.")
        @Size(min = BoardAccounts.MIN_PASSWORD_LENGTH, max = 200,
                message = "Le nouveau mot de passe doit compter de {min} à {max} caractères.")
        String newPassword,
        String confirmation) {

    static PasswordChangeForm empty() {
        return new PasswordChangeForm("", "", "");
    }
}
