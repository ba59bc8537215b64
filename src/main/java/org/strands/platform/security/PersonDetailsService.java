package org.strands.platform.security;

import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/** Loads a local account for sign-in. Area roles are checked per request, not held in the session. */
@Component
class PersonDetailsService implements UserDetailsService {

    private final JdbcClient db;

    PersonDetailsService(JdbcClient db) {
        this.db = db;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        record Account(String username, String passwordHash, boolean systemAdmin, boolean enabled) {
        }
        Account account = db.sql("select username, password_hash, system_admin, enabled from person where username = ?")
                .param(username).query(Account.class).optional()
                .orElseThrow(() -> new UsernameNotFoundException("No such account"));
        return User.withUsername(account.username()).password(account.passwordHash())
                .disabled(!account.enabled()).authorities(authorities(account.systemAdmin())).build();
    }

    /** What every signed-in person holds, however they signed in; their roles in areas are read per request. */
    static List<GrantedAuthority> authorities(boolean systemAdmin) {
        List<GrantedAuthority> authorities = new ArrayList<>();
        authorities.add(new SimpleGrantedAuthority("ROLE_USER"));
        if (systemAdmin) {
            authorities.add(new SimpleGrantedAuthority("ROLE_SYSTEM_ADMIN"));
        }
        return authorities;
    }
}
