package org.strands.platform.web;

import java.util.List;
import java.util.Set;
import org.springframework.http.HttpStatus;
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
import org.strands.platform.Role;

/** An area's people and roles, for its administrators. */
@RestController
@RequestMapping("/api/v1/areas/{area}/people")
class PeopleApiController {

    private final AreaMembers members;

    PeopleApiController(AreaMembers members) {
        this.members = members;
    }

    @GetMapping
    List<AreaMembers.Member> list(AreaContext area) {
        area.require(Role.ADMIN);
        return members.of(area.areaId());
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    AreaMembers.Member add(AreaContext area, @RequestBody AreaMembers.NewMember member) {
        area.require(Role.ADMIN);
        return members.add(area.areaId(), member, area.systemAdmin());
    }

    @PutMapping("/{username}/roles")
    void setRoles(AreaContext area, @PathVariable String username, @RequestBody Set<Role> roles) {
        area.require(Role.ADMIN);
        members.setRoles(area.areaId(), username, roles);
    }

    /** Removes a person from the area; their account stays. The last administrator stays. */
    @org.springframework.web.bind.annotation.DeleteMapping("/{username}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void remove(AreaContext area, @PathVariable String username) {
        area.require(Role.ADMIN);
        members.remove(area.areaId(), username, area.username());
    }
}
