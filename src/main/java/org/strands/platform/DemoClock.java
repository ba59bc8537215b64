package org.strands.platform;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;

/** The demo's clock: the system clock moved forward by {@link DemoTime}'s whole days. */
final class DemoClock extends Clock {

    private static final long SECONDS_A_DAY = 86_400;

    private final Clock system;
    private final DemoTime time;

    DemoClock(Clock system, DemoTime time) {
        this.system = system;
        this.time = time;
    }

    @Override
    public ZoneId getZone() {
        return system.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return zone.equals(system.getZone()) ? this : new DemoClock(system.withZone(zone), time);
    }

    @Override
    public Instant instant() {
        return system.instant().plusSeconds(time.offsetDays() * SECONDS_A_DAY);
    }

    @Override
    public long millis() {
        return system.millis() + time.offsetDays() * SECONDS_A_DAY * 1000;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DemoClock clock && clock.system.equals(system) && clock.time == time;
    }

    @Override
    public int hashCode() {
        return Objects.hash(system, time);
    }

    @Override
    public String toString() {
        return "DemoClock[" + system + " + " + time.offsetDays() + " days]";
    }
}
