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
        @NotBlank(message = "Saisissez l'adresse e-mail du membre.")
        @Email(message = "Cette adresse e-mail n'est pas valide.")
        @Size(max = 254, message = "L'adresse e-mail ne peut pas dépasser {max} caractères.")
        String email,
        @NotBlank(message = "Saisissez le nom affiché du membre.")
        @Size(max = 120, message = "Le nom ne peut pas dépasser {max} caractères.")
        String displayName,
        @Size(max = 200, message = "Le mot de passe ne peut pas dépasser {max} caractères.")
        String password,
        @NotEmpty(message = "Choisissez au moins un rôle.")
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
