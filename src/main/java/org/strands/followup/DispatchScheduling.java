package org.strands.followup;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Follow-ups go out from one recurring db-scheduler task: on one node at a time, picked up again by another node (or the
 * same one restarted) when a node stops, and every few seconds, so that a message due is sent within moments. A node
 * started with {@code strands.follow-up.dispatching=false} sends nothing of its own accord.
 */
@Configuration(proxyBeanMethods = false)
@org.springframework.boot.autoconfigure.condition.ConditionalOnProperty(name = "strands.follow-up.dispatching", havingValue = "true",
        matchIfMissing = true)
class DispatchScheduling {

    @Bean
    RecurringTask<Void> followUpDispatch(Dispatcher dispatcher, @Value("${strands.follow-up.dispatch-every:5s}") Duration every) {
        return Tasks.recurring("followup-dispatch", FixedDelay.of(every))
                .execute((instance, context) -> dispatcher.dispatch(200, Duration.ofSeconds(50)));
    }
}
