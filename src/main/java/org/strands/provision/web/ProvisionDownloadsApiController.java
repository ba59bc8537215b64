package org.strands.provision.web;

import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.strands.platform.AreaContext;
import org.strands.platform.PlatformPermissions;
import org.strands.platform.Requires;
import org.strands.provision.MapFilter;
import org.strands.provision.OfferStatus;
import org.strands.provision.PartnerType;
import org.strands.provision.ProvisionFiles;
import org.strands.provision.ProvisionMapping;

/** Downloads: the audit template, the offers and the map, as XLSX and CSV. Pages link to these. */
@RestController
@RequestMapping("/api/v1/areas/{area}/provision")
class ProvisionDownloadsApiController {

    static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");

    private final ProvisionFiles files;
    private final ProvisionMapping mapping;

    ProvisionDownloadsApiController(ProvisionFiles files, ProvisionMapping mapping) {
        this.files = files;
        this.mapping = mapping;
    }

    @Requires(PlatformPermissions.READ_AREA)
    @GetMapping("/template.xlsx")
    ResponseEntity<byte[]> template(AreaContext area) {
        return download(files.template(area.area()), XLSX, "provision-audit-template-" + area.area().slug() + ".xlsx");
    }

    @Requires(PlatformPermissions.READ_AREA)
    @GetMapping("/offers.xlsx")
    ResponseEntity<byte[]> offersXlsx(AreaContext area) {
        return download(files.offersXlsx(area.area()), XLSX, "provision-offers-" + area.area().slug() + ".xlsx");
    }

    @Requires(PlatformPermissions.READ_AREA)
    @GetMapping("/offers.csv")
    ResponseEntity<byte[]> offersCsv(AreaContext area) {
        return download(files.offersCsv(area.area()).getBytes(StandardCharsets.UTF_8), CSV, "provision-offers-" + area.area().slug() + ".csv");
    }

    @Requires(PlatformPermissions.READ_AREA)
    @GetMapping("/map.xlsx")
    ResponseEntity<byte[]> mapXlsx(AreaContext area, @RequestParam(required = false) Long locality,
            @RequestParam(required = false) String discipline, @RequestParam(required = false) String ageBand,
            @RequestParam(required = false) PartnerType partnerType, @RequestParam(required = false) OfferStatus status) {
        var map = mapping.map(area.area(), new MapFilter(locality, discipline, ProvisionAccess.ageBand(ageBand), partnerType, status));
        return download(files.mapXlsx(area.area(), map), XLSX, "provision-map-" + area.area().slug() + ".xlsx");
    }

    @Requires(PlatformPermissions.READ_AREA)
    @GetMapping("/map.csv")
    ResponseEntity<byte[]> mapCsv(AreaContext area, @RequestParam(required = false) Long locality,
            @RequestParam(required = false) String discipline, @RequestParam(required = false) String ageBand,
            @RequestParam(required = false) PartnerType partnerType, @RequestParam(required = false) OfferStatus status) {
        var map = mapping.map(area.area(), new MapFilter(locality, discipline, ProvisionAccess.ageBand(ageBand), partnerType, status));
        return download(files.mapCsv(map).getBytes(StandardCharsets.UTF_8), CSV, "provision-map-" + area.area().slug() + ".csv");
    }

    @Requires(PlatformPermissions.READ_AREA)
    @GetMapping("/actions.csv")
    ResponseEntity<byte[]> actionsCsv(AreaContext area) {
        return download(files.actionsCsv(area.area()).getBytes(StandardCharsets.UTF_8), CSV, "action-plan-" + area.area().slug() + ".csv");
    }

    static ResponseEntity<byte[]> download(byte[] body, MediaType type, String name) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .body(body);
    }
}
