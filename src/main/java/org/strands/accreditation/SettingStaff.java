package org.strands.accreditation;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.strands.place.AreaPlaces;
import org.strands.platform.Area;
import org.strands.platform.AreaMembers;
import org.strands.platform.AuditTrail;
import org.strands.platform.InvalidInput;
import org.strands.platform.Role;

/** Which schools and settings each member with the setting staff role works in, as an area administrator chooses. */
@Service
public class SettingStaff {

    /** A person tied to a setting. */
    public record Tie(String settingRef, String username, String displayName) {
    }

    private final JdbcClient db;
    private final AreaPlaces places;
    private final AreaMembers members;
    private final AuditTrail audit;

    SettingStaff(JdbcClient db, AreaPlaces places, AreaMembers members, AuditTrail audit) {
        this.db = db;
        this.places = places;
        this.members = members;
        this.audit = audit;
    }

    /** The refs of the settings a person is tied to. */
    public List<String> settingsOf(Area area, String username) {
        return db.sql("select setting_ref from accreditation_staff where area_id = :area and username = :user order by setting_ref")
                .param("area", area.id()).param("user", username).query(String.class).list();
    }

    /** Every tie in the area. */
    public List<Tie> ties(Area area) {
        var names = members.names(area.id());
        return db.sql("select setting_ref, username from accreditation_staff where area_id = :area order by username, setting_ref")
                .param("area", area.id())
                .query((rs, n) -> new Tie(rs.getString(1), rs.getString(2), names.getOrDefault(rs.getString(2), rs.getString(2)))).list();
    }

    public boolean tied(Area area, String username, String settingRef) {
        return settingsOf(area, username).contains(settingRef);
    }

    /** Ties a member with the setting staff role to one of the area's schools or settings (again is harmless). */
    @Transactional
    public void tie(Area area, String username, String settingRef, String by) {
        if (members.of(area.id()).stream().noneMatch(m -> m.username().equals(username) && m.roles().contains(Role.SETTING_STAFF))) {
            throw InvalidInput.of("person", "Choose a member of the area with the school or setting staff role.");
        }
        if (places.settings(area, AreaPlaces.SettingFilter.NONE).stream().noneMatch(s -> s.ref().equals(settingRef) && !s.venue())) {
            throw InvalidInput.of("setting", "Choose one of the area's schools or settings.");
        }
        int added = db.sql("""
                insert into accreditation_staff (area_id, setting_ref, username, tied_by) values (:area, :ref, :user, :by)
                on conflict do nothing""").param("area", area.id()).param("ref", settingRef).param("user", username).param("by", by).update();
        if (added > 0) {
            audit.record(area.id(), "tie", "accreditation-staff", username, settingRef);
        }
    }

    @Transactional
    public void untie(Area area, String username, String settingRef, String by) {
        int removed = db.sql("delete from accreditation_staff where area_id = :area and username = :user and setting_ref = :ref")
                .param("area", area.id()).param("user", username).param("ref", settingRef).update();
        if (removed > 0) {
            audit.record(area.id(), "untie", "accreditation-staff", username, settingRef);
        }
    }
}
