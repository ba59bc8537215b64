package org.strands.impact.web;

import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.strands.impact.ImpactMeasures;
import org.strands.impact.ImpactPermissions;
import org.strands.platform.AreaContext;
import org.strands.platform.Requires;

/** The measures an area has chosen, as JSON: listed, added ({@code {"outcome":"IN3","measure":"…"}}) and removed. */
@RestController
class MeasuresApiController {

    /** A measure to add. */
    record MeasureBody(String outcome, String measure) {
    }

    private final ImpactMeasures measures;

    MeasuresApiController(ImpactMeasures measures) {
        this.measures = measures;
    }

    @Requires(ImpactPermissions.REPORT)
    @GetMapping("/api/v1/areas/{area}/impact/measures")
    List<ImpactMeasures.Measure> list(AreaContext area) {
        return measures.chosen(area.area());
    }

    @Requires(ImpactPermissions.CHOOSE_MEASURES)
    @PostMapping("/api/v1/areas/{area}/impact/measures")
    @ResponseStatus(HttpStatus.CREATED)
    ImpactMeasures.Measure add(AreaContext area, @RequestBody(required = false) MeasureBody body) {
        return measures.choose(area.area(), body == null ? null : body.outcome(), body == null ? null : body.measure(), area.username());
    }

    @Requires(ImpactPermissions.CHOOSE_MEASURES)
    @DeleteMapping("/api/v1/areas/{area}/impact/measures/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void remove(AreaContext area, @PathVariable long id) {
        measures.remove(area.area(), id, area.username());
    }
}
