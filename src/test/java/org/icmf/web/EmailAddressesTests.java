package org.icmf.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EmailAddressesTests {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "prenom.nom@exemple.fr",
                " Prenom.Nom@Exemple.FR ",
                "a+liste@sous.domaine.example.org",
                "o'brien@example.ie",
                "élodie@café.fr",
                "x@a-b.co",
                "user_1@xn--caf-dma.fr"
            })
    void acceptsOneAddressAsPeopleTypeIt(String address) {
        assertThat(EmailAddresses.isValid(address)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                " ",
                "plain",
                "@exemple.fr",
                "nom@",
                "nom@fr",
                "nom@exemple.f",
                "nom@exemple.123",
                "a,b@example.org",
                "a@example.org,b@example.org",
                "a;b@example.org",
                "a b@example.org",
                "a@example.org\r\nBcc: b@example.org",
                "a@example.org\nb@example.org",
                "\"a\"@example.org",
                "<a@example.org>",
                "a..b@example.org",
                ".a@example.org",
                "a.@example.org",
                "a@-example.org",
                "a@example-.org",
                "a@example..org",
                "a@b@example.org",
                "a@[127.0.0.1]",
                "a\u0000@example.org",
                "a@exa\u202Emple.org"
            })
    void refusesAnythingButExactlyOneAddress(String address) {
        assertThat(EmailAddresses.isValid(address)).isFalse();
    }

    @Test
    void holdsToTheLengthsOfRfc5321() {
        String local64 = "a".repeat(64);
        assertThat(EmailAddresses.isValid(local64 + "@example.org")).isTrue();
        assertThat(EmailAddresses.isValid(local64 + "a@example.org")).isFalse();
        String label63 = "b".repeat(63);
        assertThat(EmailAddresses.isValid("a@" + label63 + ".org")).isTrue();
        assertThat(EmailAddresses.isValid("a@" + label63 + "b.org")).isFalse();
        String domain = (label63 + ".").repeat(3) + "c".repeat(58) + ".fr"; // 253 characters
        assertThat(EmailAddresses.isValid("a@" + domain)).isFalse(); // 255 in all
        assertThat(EmailAddresses.isValid("a@" + domain.substring(1))).isTrue(); // 254
    }

    @Test
    void answersHostileMegabytesAtOnce() {
        assertTimeoutPreemptively(Duration.ofSeconds(2), () -> {
            assertThat(EmailAddresses.isValid(".".repeat(1_000_000) + "<")).isFalse();
            assertThat(EmailAddresses.isValid("a@" + "b.".repeat(500_000))).isFalse();
            assertThat(EmailAddresses.isValid(" ".repeat(1_000_000) + "a@example.org"))
                    .isFalse();
        });
    }

    @Test
    void normalisesToTheStoredForm() {
        assertThat(EmailAddresses.normalise("  Prenom.Nom@Exemple.FR ")).isEqualTo("prenom.nom@exemple.fr");
    }
}
