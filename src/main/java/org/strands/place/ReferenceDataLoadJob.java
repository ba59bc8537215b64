package org.strands.place;

import java.io.ByteArrayInputStream;
import java.util.Locale;
import org.springframework.stereotype.Component;
import org.strands.platform.Area;
import org.strands.platform.Copy;
import org.strands.platform.InvalidInput;
import org.strands.platform.Job;
import org.strands.platform.JobFailed;
import org.strands.platform.JobKind;
import org.strands.platform.JobProgress;
import org.strands.platform.Jobs;

/**
 * Loads a national reference file as a background job: the upload is saved with the job first, then checked and
 * loaded by whichever node runs it. A file with mistakes ends the job as failed, with every mistake kept row by row.
 */
@Component
public class ReferenceDataLoadJob implements JobKind {

    public static final String KIND = "reference-data-load";
    private final ReferenceData referenceData;
    private final Jobs jobs;

    ReferenceDataLoadJob(ReferenceData referenceData, Jobs jobs) {
        this.referenceData = referenceData;
        this.jobs = jobs;
    }

    /**
     * Saves the file with a new national job and queues it. Refused at once: an unknown dataset, a file with a NUL
     * character or too many rows, and one with far fewer rows than the dataset loaded now unless {@code replace}.
     */
    public Job start(String dataset, String fileName, byte[] content, String by, boolean replace) {
        referenceData.checkBeforeLoading(dataset, content, replace);
        return jobs.start(null, KIND, dataset, by, new File(fileName == null ? dataset + ".csv" : fileName, content));
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public String page(Area area) {
        return "/admin/reference-data";
    }

    @Override
    public Outcome run(Run run, JobProgress progress) {
        File file = run.file().orElseThrow(() -> new JobFailed("The uploaded file is no longer kept. Upload it again."));
        progress.report(5, "Checking and loading every row of " + file.name() + ".");
        try {
            ReferenceData.LoadReport report = referenceData.load(run.input(), new ByteArrayInputStream(file.content()), file.name(),
                    run.startedBy());
            return new Outcome("/api/v1/admin/reference-data", "/admin/reference-data", String.format(Locale.UK,
                    "Loaded %s of %s in %,.1f seconds.", Copy.of("count.rows", report.rows()), report.dataset(), report.millis() / 1000.0));
        } catch (InvalidInput e) {
            throw new JobFailed(file.name() + " was not loaded, and nothing was changed. " + e.getMessage(), e.errors(), e.total());
        }
    }
}
