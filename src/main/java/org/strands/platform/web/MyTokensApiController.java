package org.strands.platform.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.strands.platform.ApiTokens;
import org.strands.platform.Forbidden;
import org.strands.platform.SignedIn;

/** The caller's own API tokens: create (the secret is in this answer alone), list with their last use, revoke. */
@RestController
@RequestMapping("/api/v1/me/tokens")
class MyTokensApiController {

    /** A token asked for: its name, and how many days it lasts (90 if not given). */
    record NewToken(String name, Integer days) {
    }

    private final ApiTokens tokens;

    MyTokensApiController(ApiTokens tokens) {
        this.tokens = tokens;
    }

    @SignedIn
    @PostMapping
    ResponseEntity<ApiTokens.Issued> create(@RequestBody NewToken request, Authentication caller) {
        refuseTokens(caller);
        ApiTokens.Issued issued = tokens.create(caller.getName(), request.name(), request.days());
        return ResponseEntity.created(URI.create("/api/v1/me/tokens/" + issued.id())).body(issued);
    }

    @SignedIn
    @GetMapping
    List<ApiTokens.Held> list(Authentication caller) {
        return tokens.of(caller.getName());
    }

    @SignedIn
    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void revoke(@PathVariable UUID id, Authentication caller) {
        tokens.revoke(caller.getName(), id);
    }

    /** A token cannot make more tokens: a leaked one must not outlive its own expiry or revocation. */
    static void refuseTokens(Authentication caller) {
        if (caller.getDetails() instanceof ApiTokens.Bearer) {
            throw new Forbidden("Create tokens while signed in with your password, not with another token.");
        }
    }
}
