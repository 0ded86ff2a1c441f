package org.icmf.security;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.icmf.web.Actor;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The logged-in board member as Spring Security and templates see it. */
public record BoardUser(long id, String email, String displayName, String passwordHash, boolean active, Set<Role> roles)
        implements UserDetails {

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        List<SimpleGrantedAuthority> authorities = roles.stream()
                .map(role -> new SimpleGrantedAuthority(role.authority()))
                .toList();
        return authorities;
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return email;
    }

    @Override
    public boolean isEnabled() {
        return active;
    }

    /** Without the password hash, which must never reach a log. */
    @Override
    public String toString() {
        return "BoardUser[id=" + id + ", email=" + email + ", roles=" + roles + "]";
    }

    public boolean has(Role role) {
        return roles.contains(role) || roles.contains(Role.ADMIN);
    }

    /** This member as the author of admin actions (revisions, audit log). */
    public Actor actor() {
        return new Actor(id, displayName);
    }
}
