package org.strands.accreditation;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Renewal reminders and lapsing go from one recurring db-scheduler task, on one node at a time, every hour by default. */
@Configuration(proxyBeanMethods = false)
class RenewalReminderScheduling {

    @Bean
    RecurringTask<Void> accreditationRenewalReminders(RenewalReminders reminders,
            @Value("${strands.accreditation.reminders-every:1h}") Duration every) {
        return Tasks.recurring("accreditation-renewal-reminders", FixedDelay.of(every)).execute((instance, context) -> reminders.run());
    }
}
