package org.strands.accreditation.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.strands.accreditation.Criterion;
import org.strands.accreditation.Enrolment;
import org.strands.accreditation.RatedCriterion;
import org.strands.accreditation.SchemeStatus;
import org.strands.framework.Strand;
import org.strands.platform.Copy;

/** A setting's journey as a GOV.UK task list: what to do, where, and how far it has got. */
final class JourneyTasks {

    /** How far a task has got, as the task list shows it. */
    enum State { DONE, IN_PROGRESS, NOT_STARTED, CANNOT_START, WAITING }

    /** One task: its name, link (null when it cannot be opened), a hint, the status text and how far it has got. */
    record Task(String id, String name, String href, String hint, String status, State state) {
    }

    private JourneyTasks() {
    }

    static List<Task> of(String base, Enrolment journey, List<Criterion> criteria, Map<String, RatedCriterion> rated, int evidence,
            int actions) {
        List<Task> tasks = new ArrayList<>();
        SchemeStatus status = journey.status();
        boolean open = status.openToTheSetting();
        for (Strand strand : Strand.values()) {
            long all = criteria.stream().filter(c -> c.strand() == strand).count();
            long done = criteria.stream().filter(c -> c.strand() == strand && rated.containsKey(c.code())).count();
            State state = done == all ? State.DONE : done == 0 ? State.NOT_STARTED : State.IN_PROGRESS;
            tasks.add(new Task("strand-" + SchemePages.slug(strand), Copy.of("accreditation.setting.task.rate", strand.label().toLowerCase(java.util.Locale.UK)),
                    base + "/strands/" + SchemePages.slug(strand), Copy.of("accreditation.setting.task.rated", done, all),
                    label(state), state));
        }
        tasks.add(new Task("evidence", Copy.of("accreditation.setting.task.evidence"), base + "/evidence",
                Copy.of("accreditation.setting.task.evidenceCount", evidence), label(evidence > 0 ? State.IN_PROGRESS : State.NOT_STARTED),
                evidence > 0 ? State.IN_PROGRESS : State.NOT_STARTED));
        tasks.add(new Task("actions", Copy.of("accreditation.setting.task.actions"), base + "/actions",
                Copy.of("accreditation.setting.task.actionsCount", actions), label(actions > 0 ? State.IN_PROGRESS : State.NOT_STARTED),
                actions > 0 ? State.IN_PROGRESS : State.NOT_STARTED));
        boolean allRated = criteria.stream().allMatch(c -> rated.containsKey(c.code()));
        State send = !open ? State.DONE : allRated ? State.NOT_STARTED : State.CANNOT_START;
        tasks.add(new Task("submit", Copy.of("accreditation.setting.task.submit"), send == State.NOT_STARTED ? base + "/submit" : null,
                status == SchemeStatus.MORE_EVIDENCE ? Copy.of("accreditation.setting.task.submitAgain") : null, label(send), send));
        State review = switch (status) {
            case SELF_EVALUATING -> State.CANNOT_START;
            case IN_REVIEW -> State.WAITING;
            case MORE_EVIDENCE -> State.IN_PROGRESS;
            default -> State.DONE;
        };
        tasks.add(new Task("review", Copy.of("accreditation.setting.task.review"), null, status == SchemeStatus.MORE_EVIDENCE
                ? Copy.of("accreditation.setting.task.moreEvidence") : null, label(review), review));
        State panel = status == SchemeStatus.RECOMMENDED ? State.WAITING : status.awarded() || status == SchemeStatus.LAPSED ? State.DONE
                : State.CANNOT_START;
        tasks.add(new Task("panel", Copy.of("accreditation.setting.task.panel"), null, status.awarded() ? status.label() : null,
                label(panel), panel));
        return tasks;
    }

    private static String label(State state) {
        return Copy.of("accreditation.setting.state." + state.name());
    }
}
