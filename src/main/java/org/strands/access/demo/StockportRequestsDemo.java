package org.strands.access.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.ApplicationModuleInitializer;
import org.springframework.stereotype.Component;
import org.strands.place.Localities;
import org.strands.place.Locality;
import org.strands.platform.AreaRegistry;
import org.strands.platform.DemoMode;
import org.strands.platform.Formats;

/**
 * A year of synthetic requests for support in Stockport (about 1,600, children known only as "C-00123"), across the
 * routes and the area's localities, with appointments and a few statutory clocks. Easy-access drop-ins begin on
 * 1 June 2026: before, a referral waited months for first advice; from then, a family at a drop-in is advised the
 * same day. Seeded once (nothing is added while the area has requests of its own, not opened by a contact), from a fixed
 * random seed. Its easy-access requests stand for contacts and are not linked to the drop-ins demo's contacts.
 */
@Component
class StockportRequestsDemo implements ApplicationModuleInitializer {

    static final LocalDate DROP_INS_BEGIN = LocalDate.of(2026, 6, 1);

    private final DemoMode demo;
    private final AreaRegistry areas;
    private final Localities localities;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    StockportRequestsDemo(DemoMode demo, AreaRegistry areas, Localities localities, JdbcTemplate jdbc, Clock clock) {
        this.demo = demo;
        this.areas = areas;
        this.localities = localities;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public void initialize() {
        if (!demo.enabled()) {
            return;
        }
        // requests opened by contacts (through the listener) do not count: the demo's own have no contact
        areas.find("stockport").filter(area -> jdbc.queryForObject("select count(*) from support_request where area_id = ? and contact_id is null",
                Long.class, area.id()) == 0).ifPresent(area -> {
            List<String> names = localities.of(area).stream().map(Locality::name).toList();
            LocalDate today = LocalDate.ofInstant(clock.instant(), Formats.LONDON);
            DemoRequests generated = new DemoRequests(new Random(20_260_601L), today, DROP_INS_BEGIN, names);
            generated.generate();
            jdbc.batchUpdate("insert into support_request (area_id, route, received_on, locality, child_ref, first_advice_on, assessment_on, "
                    + "intervention_start_on, status, closed_on, close_reason, recorded_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'demo')",
                    generated.requests().stream().map(r -> new Object[] {area.id(), r.route(), r.received(), r.locality(), r.child(), r.advice(),
                        r.assessment(), r.start(), r.status(), r.closed(), r.closeReason()}).toList());
            List<Long> ids = jdbc.queryForList("select id from support_request where area_id = ? and contact_id is null order by id", Long.class, area.id());
            List<Object[]> appointments = new ArrayList<>();
            for (int i = 0; i < ids.size(); i++) {
                for (DemoRequests.Appointment a : generated.requests().get(i).appointments()) {
                    appointments.add(new Object[] {ids.get(i), a.on(), a.attendance()});
                }
            }
            jdbc.batchUpdate("insert into support_appointment (request_id, on_date, attendance, recorded_by) values (?, ?, ?, 'demo')", appointments);
            jdbc.batchUpdate("insert into statutory_clock (area_id, kind, child_ref, started_on, due_on, met_on, exception_reason, recorded_by) "
                    + "values (?, ?, ?, ?, ?, ?, ?, 'demo')", generated.clocks().stream().map(c -> new Object[] {area.id(), c.kind(), c.child(),
                        c.started(), c.due(), c.met(), c.exception()}).toList());
        });
    }
}
