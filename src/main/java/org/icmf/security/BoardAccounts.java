package org.icmf.security;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.icmf.web.Actor;
import org.icmf.web.EmailAddresses;
import org.icmf.web.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Board accounts: creation, password changes, lookups for login and for other modules. */
@Service
@Transactional(readOnly = true)
public class BoardAccounts implements UserDetailsService {

    private final BoardAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final BoardSessions sessions;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    BoardAccounts(
            BoardAccountRepository accounts,
            PasswordEncoder passwordEncoder,
            BoardSessions sessions,
            ApplicationEventPublisher events,
            Clock clock) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.sessions = sessions;
        this.events = events;
        this.clock = clock;
    }

    static String normalise(String email) {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }

    @Override
    public BoardUser loadUserByUsername(String email) {
        String normalised = normalise(email);
        // No account has such an address: whatever was typed at login, PostgreSQL never sees it.
        if (normalised.length() > EmailAddresses.MAX_LENGTH || normalised.indexOf('\u0000') >= 0) {
            throw new UsernameNotFoundException("no board account");
        }
        return accounts.findByEmail(normalised)
                .map(BoardAccounts::user)
                .orElseThrow(() -> new UsernameNotFoundException("no board account"));
    }

    public Optional<BoardUser> findById(long id) {
        return accounts.findById(id).map(BoardAccounts::user);
    }

    public boolean exists() {
        return accounts.count() > 0;
    }

    @Transactional
    public BoardUser create(String email, String displayName, String rawPassword, Set<Role> roles, Actor by) {
        Passwords.check(rawPassword).ifPresent(problem -> {
            throw new IllegalArgumentException("password refused: " + problem);
        });
        BoardAccount account = accounts.save(new BoardAccount(
                normalise(email), displayName.strip(), passwordEncoder.encode(rawPassword), roles, clock.instant()));
        events.publishEvent(new AccountChanged(
                account.getId(), account.getDisplayName(), AccountAction.CREATED, by, clock.instant()));
        return user(account);
    }

    /** Every account for the ADMIN's list, by name; roles come with the rows (eager element collection). */
    public List<AccountRow> list() {
        return accounts.findAllByOrderByDisplayNameAscIdAsc().stream()
                .map(account -> new AccountRow(
                        account.getId(),
                        account.getEmail(),
                        account.getDisplayName(),
                        Set.copyOf(account.getRoles()),
                        account.isActive(),
                        account.getLastLoginAt() == null
                                ? null
                                : LocalDateTime.ofInstant(account.getLastLoginAt(), clock.getZone())))
                .toList();
    }

    public record AccountRow(
            long id, String email, String displayName, Set<Role> roles, boolean active, LocalDateTime lastLogin) {}

    /** Where to write to the board members who hold a role (administrators included): moderators, treasurers… */
    public List<String> activeEmailsWithRole(Role role) {
        return accounts.findActiveEmailsWithRole(role);
    }

    public boolean emailTaken(String email) {
        return accounts.existsByEmail(normalise(email));
    }

    /**
     * Changes name, roles and active flag; the password stays the member's own. When roles or the active flag
     * change, the account's open sessions end at once (they carry the rights of their login), except for an
     * administrator editing their own account, whose rights the form never lets shrink.
     */
    @Transactional
    public void update(long id, String displayName, Set<Role> roles, boolean active, Actor by) {
        BoardAccount account = accounts.findById(id).orElseThrow(() -> new NotFoundException("account " + id));
        boolean wasActive = account.isActive();
        boolean rightsChange = wasActive != active || !account.getRoles().equals(roles);
        account.update(displayName.strip(), roles, active);
        if (rightsChange && !Long.valueOf(id).equals(by.accountId())) {
            sessions.endAll(account.getEmail());
        }
        AccountAction action = wasActive == active
                ? AccountAction.UPDATED
                : active ? AccountAction.REACTIVATED : AccountAction.DEACTIVATED;
        events.publishEvent(new AccountChanged(id, account.getDisplayName(), action, by, clock.instant()));
    }

    /**
     * Changes a password after checking the current one; false when the current one is wrong. Every other session
     * of the account ends; {@code keptSessionId}, the session the change was made from (null: none), is kept.
     */
    @Transactional
    public boolean changePassword(long accountId, String currentPassword, String newPassword, String keptSessionId) {
        BoardAccount account = accounts.findById(accountId).orElseThrow();
        if (!passwordEncoder.matches(currentPassword, account.getPasswordHash())) {
            return false;
        }
        account.changePasswordHash(passwordEncoder.encode(newPassword));
        sessions.endAllBut(account.getEmail(), keptSessionId);
        events.publishEvent(new AccountChanged(
                accountId,
                account.getDisplayName(),
                AccountAction.PASSWORD_CHANGED,
                new Actor(accountId, account.getDisplayName()),
                clock.instant()));
        return true;
    }

    @EventListener
    @Transactional
    public void onLogin(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof BoardUser user) {
            accounts.findById(user.id()).ifPresent(account -> account.recordLogin(clock.instant()));
        }
    }

    private static BoardUser user(BoardAccount account) {
        return new BoardUser(
                account.getId(),
                account.getEmail(),
                account.getDisplayName(),
                account.getPasswordHash(),
                account.isActive(),
                Set.copyOf(account.getRoles()));
    }
}
