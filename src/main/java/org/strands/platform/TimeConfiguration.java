package org.strands.platform;

import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One clock for the whole application: times are stored in UTC and shown in Europe/London. Outside the demo it is
 * the system clock; in the demo it may run whole days ahead ({@link DemoTime}). db-scheduler reads the same clock,
 * so that jobs are due, and recurring ones come round, by the application's time.
 */
@Configuration(proxyBeanMethods = false)
class TimeConfiguration {

    @Bean
    Clock clock(DemoMode demo, ObjectProvider<DemoTime> demoTime) {
        return demo.enabled() ? new DemoClock(Clock.systemUTC(), demoTime.getObject()) : Clock.systemUTC();
    }

    /** Replaces the starter's own (it gives way to a bean of this type). */
    @Bean
    com.github.kagkarlsson.scheduler.Clock dbSchedulerClock(Clock clock) {
        return clock::instant;
    }
}
