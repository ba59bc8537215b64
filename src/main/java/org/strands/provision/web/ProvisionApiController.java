package org.strands.provision.web;

import java.io.IOException;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.strands.platform.AreaContext;
import org.strands.platform.PlatformPermissions;
import org.strands.platform.Requires;
import org.strands.provision.MapFilter;
import org.strands.provision.Offer;
import org.strands.provision.OfferDetails;
import org.strands.provision.OfferStatus;
import org.strands.provision.PartnerType;
import org.strands.provision.ProvisionFiles;
import org.strands.provision.ProvisionMap;
import org.strands.provision.ProvisionMapping;
import org.strands.provision.ProvisionPermissions;
import org.strands.provision.ProvisionRegister;
import org.strands.provision.ProvisionSettings;

/** Provision mapping as JSON: offers, the map, the area's thresholds, and importing an audit. */
@RestController
@RequestMapping("/api/v1/areas/{area}/provision")
class ProvisionApiController {

    private final ProvisionRegister register;
    private final ProvisionMapping mapping;
    private final ProvisionSettings settings;
    private final ProvisionFiles files;

    ProvisionApiController(ProvisionRegister register, ProvisionMapping mapping, ProvisionSettings settings,
            ProvisionFiles files) {
        this.register = register;
        this.mapping = mapping;
        this.settings = settings;
        this.files = files;
    }

    @Requires(PlatformPermissions.READ_AREA)
    @GetMapping("/offers")
    List<Offer> offers(AreaContext area) {
        return register.offers(area.area());
    }

    @Requires(PlatformPermissions.READ_AREA)
    @GetMapping("/offers/{id}")
    Offer offer(AreaContext area, @PathVariable long id) {
        return register.offer(area.area(), id);
    }

    @Requires(PlatformPermissions.READ_AREA)
    @GetMapping("/offers/{id}/history")
    List<ProvisionRegister.Change> history(AreaContext area, @PathVariable long id) {
        return register.history(area.area(), id);
    }

    @Requires(ProvisionPermissions.EDIT)
    @PostMapping("/offers")
    @ResponseStatus(HttpStatus.CREATED)
    Offer save(AreaContext area, @RequestBody OfferDetails offer) {
        return register.save(area.area(), offer, area.username());
    }

    @Requires(ProvisionPermissions.EDIT)
    @PutMapping("/offers/{id}")
    Offer update(AreaContext area, @PathVariable long id, @RequestBody OfferDetails offer) {
        return register.update(area.area(), id, offer, area.username());
    }

    @Requires(PlatformPermissions.READ_AREA)
    @GetMapping("/map")
    ProvisionMap map(AreaContext area, @RequestParam(required = false) Long locality,
            @RequestParam(required = false) String discipline, @RequestParam(required = false) String ageBand,
            @RequestParam(required = false) PartnerType partnerType, @RequestParam(required = false) OfferStatus status) {
        return mapping.map(area.area(), new MapFilter(locality, discipline, ProvisionAccess.ageBand(ageBand), partnerType, status));
    }

    @Requires(PlatformPermissions.READ_AREA)
    @GetMapping("/settings")
    ProvisionSettings.Values settings(AreaContext area) {
        return settings.of(area.areaId());
    }

    /** Withdraws an offer: kept, with its history, as withdrawn. */
    @Requires(ProvisionPermissions.EDIT)
    @PostMapping("/offers/{id}/withdraw")
    Offer withdraw(AreaContext area, @PathVariable long id) {
        return register.withdraw(area.area(), id, area.username());
    }

    @Requires(ProvisionPermissions.EDIT)
    @PutMapping("/settings")
    ProvisionSettings.Values changeSettings(AreaContext area, @RequestBody ProvisionSettings.Values values) {
        return settings.change(area.areaId(), values);
    }

    @Requires(ProvisionPermissions.EDIT)
    @PostMapping("/import")
    ProvisionRegister.ImportResult importAudit(AreaContext area, @RequestParam MultipartFile file) throws IOException {
        return files.importAudit(area.area(), file.getInputStream(), area.username());
    }
}
