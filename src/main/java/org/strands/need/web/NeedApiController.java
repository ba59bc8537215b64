package org.strands.need.web;

import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.strands.need.IdentificationGap;
import org.strands.need.NeedAgainstProvision;
import org.strands.need.NeedEstimates;
import org.strands.need.NeedModel;
import org.strands.need.NeedPermissions;
import org.strands.need.NeedRow;
import org.strands.need.NeedWorkbook;
import org.strands.need.SettingNeed;
import org.strands.place.AgeShares;
import org.strands.platform.AreaContext;
import org.strands.platform.PlatformPermissions;
import org.strands.platform.Requires;

/** Estimated need as JSON, and the model that produced it (also stated in the Need-Model header of every answer). */
@RestController
@RequestMapping("/api/v1/areas/{area}/need")
class NeedApiController {

    private final NeedEstimates estimates;
    private final NeedAgainstProvision againstProvision;
    private final IdentificationGap identification;
    private final NeedWorkbook workbook;

    NeedApiController(NeedEstimates estimates, NeedAgainstProvision againstProvision,
            IdentificationGap identification, NeedWorkbook workbook) {
        this.estimates = estimates;
        this.againstProvision = againstProvision;
        this.identification = identification;
        this.workbook = workbook;
    }

    /** Estimated need beside the children identified with SLCN: the identification gap. */
    @Requires(PlatformPermissions.READ_AREA)
    @GetMapping("/identified")
    IdentificationGap.Identification identified(AreaContext area) {
        return identification.of(area.area());
    }

    /** Every figure of need in one workbook, with the parameters and sources that produced it. */
    @Requires(PlatformPermissions.READ_AREA)
    @GetMapping("/need.xlsx")
    ResponseEntity<byte[]> workbook(AreaContext area) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"need-" + area.area().slug() + ".xlsx\"")
                .header("Need-Model", header(estimates.model(area.area())))
                .contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .body(workbook.of(area.area()));
    }

    @Requires(PlatformPermissions.READ_AREA)
    @GetMapping("/against-provision")
    List<NeedAgainstProvision.Gap> againstProvision(AreaContext area) {
        return againstProvision.gaps(area.area());
    }

    @Requires(PlatformPermissions.READ_AREA)
    @GetMapping
    ResponseEntity<List<NeedRow>> need(AreaContext area, @RequestParam(defaultValue = "area") String by,
            @RequestParam(required = false) String ageBand) {
        AgeShares.Band band = NeedEstimates.band(ageBand);
        List<NeedRow> rows = estimates.need(area.area(), by, band);
        return ResponseEntity.ok().header("Need-Model", header(estimates.model(area.area())) + "; ageBand=" + band.code()).body(rows);
    }

    @Requires(PlatformPermissions.READ_AREA)
    @GetMapping("/settings")
    List<SettingNeed> settings(AreaContext area) {
        return estimates.settings(area.area());
    }

    @Requires(PlatformPermissions.READ_AREA)
    @GetMapping("/model")
    NeedModel model(AreaContext area) {
        return estimates.model(area.area());
    }

    @Requires(NeedPermissions.EDIT_MODEL)
    @PutMapping("/model")
    NeedModel change(AreaContext area, @RequestBody NeedModel model) {
        return estimates.change(area.area(), model, area.username());
    }

    @Requires(PlatformPermissions.READ_AREA)
    @GetMapping("/model/history")
    List<NeedEstimates.ModelChange> history(AreaContext area) {
        return estimates.history(area.area());
    }

    static String header(NeedModel m) {
        return "targetedRate=" + m.targetedRate() + "; deprivationMultiplier=" + m.deprivationMultiplier()
                + "; specialistRate=" + m.specialistRate() + "; specialistWeight=" + m.specialistWeight();
    }
}
