package org.strands.followup;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The hourly re-check of Notify messages still waiting for a receipt, once across nodes (db-scheduler). */
@Configuration(proxyBeanMethods = false)
class NotifyRecheckTask {

    static final String TASK = "followup-notify-recheck";

    @Bean
    RecurringTask<Void> followupNotifyRecheck(NotifyRecheck recheck) {
        return Tasks.recurring(TASK, FixedDelay.ofHours(1)).execute((instance, context) -> recheck.recheck());
    }
}
