package org.strands.platform.security;

import java.util.Collection;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * Someone signed in through OpenID Connect, known by their Strands username: everything that asks who is signed
 * in gets the same answer as for a password sign-in. Authorities come from Strands, never from the provider.
 */
final class StrandsOidcUser extends DefaultOidcUser {

    private static final long serialVersionUID = 1L;

    private final String username;

    StrandsOidcUser(String username, Collection<? extends GrantedAuthority> authorities, OidcUser fromProvider) {
        super(authorities, fromProvider.getIdToken(), fromProvider.getUserInfo());
        this.username = username;
    }

    @Override
    public String getName() {
        return username;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof StrandsOidcUser them && them.username.equals(username) && super.equals(other);
    }

    @Override
    public int hashCode() {
        return username.hashCode();
    }
}
