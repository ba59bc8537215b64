package org.strands.access;

import java.util.List;
import org.springframework.stereotype.Component;
import org.strands.place.Setting;
import org.strands.place.SettingFacts;
import org.strands.platform.Area;
import org.strands.platform.Formats;

/** On a setting's page: the drop-in sessions coming up there, each a link to the session. */
@Component
class DropInFacts implements SettingFacts {

    private final DropIns dropIns;
    private final Formats formats;

    DropInFacts(DropIns dropIns, Formats formats) {
        this.dropIns = dropIns;
        this.formats = formats;
    }

    @Override
    public List<Fact> about(Area area, Setting setting) {
        List<DropInSession> coming = dropIns.at(area, setting.ref());
        if (coming.isEmpty()) {
            return List.of(new Fact("Drop-in sessions", "None coming up", null));
        }
        return coming.stream().limit(5).map(s -> new Fact("Drop-in session", s.title() + ", " + formats.dateTime(s.startsAt())
                + " (" + s.remaining() + " of " + s.capacity() + " places left)", "/areas/" + area.slug() + "/sessions/" + s.id())).toList();
    }
}
