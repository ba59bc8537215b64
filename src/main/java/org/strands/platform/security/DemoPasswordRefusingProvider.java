package org.strands.platform.security;

import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Local accounts, except that outside the demo a known demo password never signs anyone in, and an attempt the
 * {@link SignInThrottle} holds back is refused before any password hash is computed.
 */
class DemoPasswordRefusingProvider extends DaoAuthenticationProvider {

    private final PasswordPolicy policy;
    private final SignInThrottle throttle;

    DemoPasswordRefusingProvider(UserDetailsService people, PasswordEncoder encoder, PasswordPolicy policy, SignInThrottle throttle) {
        super(people);
        setPasswordEncoder(encoder);
        this.policy = policy;
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        throttle.check(authentication);
        return super.authenticate(authentication);
    }

    @Override
    protected void additionalAuthenticationChecks(UserDetails user, UsernamePasswordAuthenticationToken authentication) {
        Object credentials = authentication.getCredentials();
        if (credentials != null && policy.refusedAtSignIn(credentials.toString())) {
            throw new BadCredentialsException("A demo password is refused outside the demo");
        }
        super.additionalAuthenticationChecks(user, authentication);
    }
}
