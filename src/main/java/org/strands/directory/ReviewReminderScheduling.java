package org.strands.directory;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Review reminders go from one recurring db-scheduler task, on one node at a time, every hour by default. */
@Configuration(proxyBeanMethods = false)
class ReviewReminderScheduling {

    @Bean
    RecurringTask<Void> directoryReviewReminders(ReviewReminders reminders,
            @Value("${strands.directory.reminders-every:1h}") Duration every) {
        return Tasks.recurring("directory-review-reminders", FixedDelay.of(every)).execute((instance, context) -> reminders.remind());
    }
}
