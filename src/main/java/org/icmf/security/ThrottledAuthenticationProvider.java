package org.icmf.security;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Username/password authentication behind the login throttle: each attempt is counted as a failure before the
 * password is checked, and only a success takes it back, so parallel attempts are all counted.
 */
class ThrottledAuthenticationProvider implements AuthenticationProvider {

    private final AuthenticationProvider delegate;
    private final LoginThrottle throttle;

    ThrottledAuthenticationProvider(AuthenticationProvider delegate, LoginThrottle throttle) {
        this.delegate = delegate;
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String email = String.valueOf(authentication.getName());
        // The client address as Tomcat sees it: behind a trusted proxy, the one it forwarded (docs/operations.md).
        String address = authentication.getDetails() instanceof WebAuthenticationDetails details
                ? String.valueOf(details.getRemoteAddress())
                : "unknown";
        if (!throttle.reserve(email, address)) {
            throw new LoginThrottledException();
        }
        Authentication result = delegate.authenticate(authentication);
        throttle.succeeded(email, address);
        return result;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    static class LoginThrottledException extends AuthenticationException {

        LoginThrottledException() {
            super("too many failed logins");
        }
    }
}
