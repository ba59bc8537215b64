package org.strands.platform.web;

import java.util.List;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.strands.platform.AreaContext;
import org.strands.platform.AreaMembers;
import org.strands.platform.PlatformPermissions;
import org.strands.platform.Requires;
import org.strands.platform.Role;

/** An area's people and roles, for its administrators. */
@RestController
@RequestMapping("/api/v1/areas/{area}/people")
class PeopleApiController {

    private final AreaMembers members;

    PeopleApiController(AreaMembers members) {
        this.members = members;
    }

    @Requires(PlatformPermissions.MANAGE_PEOPLE)
    @GetMapping
    List<AreaMembers.Member> list(AreaContext area) {
        return members.of(area.areaId());
    }

    @Requires(PlatformPermissions.MANAGE_PEOPLE)
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    AreaMembers.Member add(AreaContext area, @RequestBody AreaMembers.NewMember member) {
        return members.add(area.areaId(), member, area.systemAdmin());
    }

    @Requires(PlatformPermissions.MANAGE_PEOPLE)
    @PutMapping("/{username}/roles")
    void setRoles(AreaContext area, @PathVariable String username, @RequestBody Set<Role> roles) {
        members.setRoles(area.areaId(), username, roles);
    }

    /** A temporary password, to be changed at the person's next sign-in. */
    record TemporaryPassword(String password) {
    }

    /** Sets a temporary password for a member who works in this area alone (anyone, for the system administrator). */
    @Requires(PlatformPermissions.MANAGE_PEOPLE)
    @PutMapping("/{username}/password")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void setTemporaryPassword(AreaContext area, @PathVariable String username, @RequestBody TemporaryPassword body) {
        members.setTemporaryPassword(area.areaId(), username, body == null ? null : body.password(), area.username(), area.systemAdmin());
    }

    /** The email address a person signs in with through OpenID Connect; empty or null removes it. */
    record Email(String email) {
    }

    /** Sets a member's email address (matched case-insensitively at OpenID Connect sign-in), as for passwords. Audited. */
    @Requires(PlatformPermissions.MANAGE_PEOPLE)
    @PutMapping("/{username}/email")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void setEmail(AreaContext area, @PathVariable String username, @RequestBody(required = false) Email body) {
        members.setEmail(area.areaId(), username, body == null ? null : body.email(), area.username(), area.systemAdmin());
    }

    /** Removes a person from the area; their account stays. The last administrator stays. */
    @Requires(PlatformPermissions.MANAGE_PEOPLE)
    @DeleteMapping("/{username}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void remove(AreaContext area, @PathVariable String username) {
        members.remove(area.areaId(), username, area.username());
    }
}
