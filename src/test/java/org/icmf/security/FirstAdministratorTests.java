package org.icmf.security;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.EnumSet;

import org.icmf.web.Actor;
import org.junit.jupiter.api.Test;

class FirstAdministratorTests {

    private final BoardAccounts accounts = mock(BoardAccounts.class);

    private void start(String email, String password) {
        new FirstAdministrator(accounts, new SecurityProperties(email, password,
                new SecurityProperties.Login(5, java.time.Duration.ofMinutes(15)))).run(null);
    }

    @Test
    void createsTheAdministratorFromTheEnvironmentWhenNoAccountExists() {
        start("presidence@icmf.example", "phrase de passe solide");
        verify(accounts).create("presidence@icmf.example", "Administrateur", "phrase de passe solide", EnumSet.of(Role.ADMIN), Actor.SYSTEM);
    }

    @Test
    void createsNothingWithoutBothVariables() {
        start("presidence@icmf.example", null);
        start(null, "phrase de passe solide");
        verify(accounts, never()).create(anyString(), anyString(), anyString(), any(), any());
    }

    @Test
    void refusesAShortPassword() {
        start("presidence@icmf.example", "court");
        verify(accounts, never()).create(anyString(), anyString(), anyString(), any(), any());
    }

    @Test
    void leavesExistingAccountsAlone() {
        when(accounts.exists()).thenReturn(true);
        start("presidence@icmf.example", "phrase de passe solide");
        verify(accounts, never()).create(anyString(), anyString(), anyString(), any(), any());
    }
}
