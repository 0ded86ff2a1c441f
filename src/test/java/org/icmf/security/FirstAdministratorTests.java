package org.icmf.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.util.EnumSet;
import org.assertj.core.api.Assertions;
import org.icmf.web.Actor;
import org.junit.jupiter.api.Test;
import org.springframework.boot.diagnostics.FailureAnalysis;

class FirstAdministratorTests {

    private final BoardAccounts accounts = mock(BoardAccounts.class);

    private FirstAdministrator configured(String email, String password) {
        return new FirstAdministrator(
                accounts,
                new SecurityProperties(
                        email,
                        password,
                        new SecurityProperties.Login(
                                5, 20, Duration.ofMinutes(1), Duration.ofHours(1), Duration.ofHours(24)),
                        new SecurityProperties.Session(Duration.ofHours(12))));
    }

    private void start(String email, String password) {
        configured(email, password).run(null);
    }

    /** What the operator reads when start-up is refused: Spring Boot prints the failure analysis, no stack trace. */
    private String refusal(String email, String password) {
        Throwable failure = Assertions.catchThrowable(() -> configured(email, password));
        assertThat(failure).isInstanceOf(InvalidSettingsException.class);
        FailureAnalysis analysis = new InvalidSettingsFailureAnalyzer()
                .analyze(new IllegalStateException("Failed to instantiate firstAdministrator", failure));
        assertThat(analysis).isNotNull();
        assertThat(analysis.getDescription()).doesNotContain(String.valueOf(password));
        return analysis.getDescription();
    }

    @Test
    void createsTheAdministratorFromTheEnvironmentWhenNoAccountExists() {
        start("presidence@icmf.example", "phrase de passe solide");
        verify(accounts)
                .create(
                        "presidence@icmf.example",
                        "Administrateur",
                        "phrase de passe solide",
                        EnumSet.of(Role.ADMIN),
                        Actor.SYSTEM);
    }

    @Test
    void createsNothingWithoutBothVariables() {
        start("presidence@icmf.example", null);
        start(null, "phrase de passe solide");
        verify(accounts, never()).create(anyString(), anyString(), anyString(), any(), any());
    }

    @Test
    void refusesToStartWithAShortPasswordInOneSentence() {
        assertThat(refusal("presidence@icmf.example", "court"))
                .startsWith("ICMF_ADMIN_PASSWORD doit compter 12 caractères au moins.");
        verify(accounts, never()).create(anyString(), anyString(), anyString(), any(), any());
    }

    @Test
    void refusesToStartWithAPasswordBcryptCouldNotReadWhole() {
        // 36 accented letters: 36 characters, 72 bytes, accepted; one more is 74 bytes.
        configured("presidence@icmf.example", "é".repeat(36));
        assertThat(refusal("presidence@icmf.example", "é".repeat(37)))
                .startsWith("ICMF_ADMIN_PASSWORD ne peut pas dépasser 72 octets en UTF-8");
        assertThat(refusal("presidence@icmf.example", "x".repeat(1_000_000)))
                .startsWith("ICMF_ADMIN_PASSWORD ne peut pas dépasser 72 octets");
    }

    @Test
    void refusesToStartWithAnInvalidEmail() {
        assertThat(refusal("presidence,tresorerie@icmf.example", "phrase de passe solide"))
                .startsWith("ICMF_ADMIN_EMAIL n'est pas une adresse e-mail valide.");
        assertThatThrownBy(() -> configured("pas une adresse", null)).isInstanceOf(InvalidSettingsException.class);
    }

    @Test
    void leavesExistingAccountsAlone() {
        when(accounts.exists()).thenReturn(true);
        start("presidence@icmf.example", "phrase de passe solide");
        verify(accounts, never()).create(anyString(), anyString(), anyString(), any(), any());
    }
}
