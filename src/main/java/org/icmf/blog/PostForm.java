package org.icmf.blog;

import java.time.LocalDateTime;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Optional;

/**
 * What the board types when writing a post. {@code publishAt} is a local date and time in the site's zone
 * (Europe/Paris); {@code status} is {@code DRAFT} or {@code PUBLISHED} (published with a future date means
 * scheduled); {@code labels} is a comma-separated list; {@code version} detects concurrent edits.
 */
public record PostForm(
        @NotBlank(message = "Donnez un titre à l'article.")
        @Size(max = 200, message = "Le titre ne peut pas dépasser {max} caractères.")
        String title,
        @Size(max = 80, message = "L'adresse ne peut pas dépasser {max} caractères.")
        @Pattern(regexp = "|[a-z0-9]+(-[a-z0-9]+)*",
                message = "L'adresse ne peut contenir que des lettres minuscules sans accent, des chiffres et des tirets simples.")
        String slug,
        @NotBlank(message = "Le texte de l'article est vide.")
        @Size(max = 100_000, message = "Le texte ne peut pas dépasser {max} caractères.")
        String body,
        @Size(max = 120, message = "La signature ne peut pas dépasser {max} caractères.")
        String authorName,
        @Size(max = 200, message = "La source ne peut pas dépasser {max} caractères.")
        String sourceLabel,
        @Size(max = 500, message = "L'adresse de la source ne peut pas dépasser {max} caractères.")
        @Pattern(regexp = "|https?://\\S+", message = "L'adresse de la source doit commencer par http:// ou https://.")
        String sourceUrl,
        @Size(max = 300, message = "Les étiquettes ne peuvent pas dépasser {max} caractères en tout.")
        @Pattern(regexp = "[^<>]*", message = "Les étiquettes ne peuvent pas contenir les caractères < et >.")
        String labels,
        @Pattern(regexp = "DRAFT|PUBLISHED", message = "Choisissez brouillon ou publication.")
        String status,
        @Pattern(regexp = "|\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}",
                message = "Date et heure invalides : choisissez-les dans le sélecteur (jour, mois, année, heure).")
        String publishAt,
        Long version) {

    /** The value of an HTML {@code datetime-local} field, e.g. {@code 2009-04-15T18:00}. */
    public static final DateTimeFormatter LOCAL_DATE_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm")
            .withResolverStyle(ResolverStyle.STRICT);

    public static PostForm blank(String authorName) {
        return new PostForm("", "", "", authorName, "", "", "", "DRAFT", "", null);
    }

    /** The publication time typed, if any; empty when the field is blank or not a real date (30 February). */
    public Optional<LocalDateTime> publishAtTime() {
        if (publishAt == null || publishAt.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDateTime.parse(publishAt, LOCAL_DATE_TIME));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    public boolean hasPublishAt() {
        return publishAt != null && !publishAt.isBlank();
    }

    public boolean published() {
        return "PUBLISHED".equals(status);
    }
}
