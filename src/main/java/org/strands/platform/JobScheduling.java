package org.strands.platform;

import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import java.util.UUID;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one db-scheduler task behind every job: its instance id is the job's id. An execution whose node stopped
 * sending heartbeats (a restart, a crash) is found dead and revived, so the job runs again.
 */
@Configuration(proxyBeanMethods = false)
class JobScheduling {

    static final String TASK = "strands-job";

    @Bean
    OneTimeTask<Void> strandsJob(JobRunner runner) {
        return Tasks.oneTime(TASK).onDeadExecutionRevive()
                .execute((instance, context) -> runner.run(UUID.fromString(instance.getId())));
    }
}
