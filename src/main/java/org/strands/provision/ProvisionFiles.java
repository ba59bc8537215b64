package org.strands.provision;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.springframework.stereotype.Service;
import org.strands.place.Locality;
import org.strands.platform.Area;
import org.strands.platform.Uploads;

/** The provision audit's files: the template, importing a filled-in XLSX or CSV, and exports of offers and the map. */
@Service
public class ProvisionFiles {

    private final ProvisionRegister register;
    private final ActionPlan actions;
    private final Uploads uploads;

    ProvisionFiles(ProvisionRegister register, ActionPlan actions, Uploads uploads) {
        this.register = register;
        this.actions = actions;
        this.uploads = uploads;
    }

    public byte[] template(Area area) {
        return AuditWorkbook.template(localityNames(area));
    }

    /**
     * Imports an audit from an Excel workbook, or from CSV when the file is not one, read within the limits of
     * {@link Uploads}: a file too large, too long or expanding too far is refused before it is read whole.
     */
    public ProvisionRegister.ImportResult importAudit(Area area, InputStream file, String by) {
        try {
            BufferedInputStream in = new BufferedInputStream(uploads.limited(file));
            in.mark(8);
            byte[] start = in.readNBytes(4);
            in.reset();
            boolean xlsx = start.length == 4 && start[0] == 'P' && start[1] == 'K';
            List<AuditRow> rows = xlsx ? AuditWorkbook.read(in, uploads) : AuditCsv.read(in, uploads);
            return register.importAudit(area, rows, by);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public byte[] offersXlsx(Area area) {
        return AuditWorkbook.offers(register.offers(area), localityNames(area));
    }

    public String offersCsv(Area area) {
        return AuditCsv.offers(register.offers(area));
    }

    public String mapCsv(ProvisionMap map) {
        return AuditCsv.write(MapSheet.HEADER, MapSheet.rows(map));
    }

    /** The map and, on a second sheet, the action plan agreed from it. */
    public byte[] mapXlsx(Area area, ProvisionMap map) {
        return MapSheet.workbook(map, actions.of(area));
    }

    public String actionsCsv(Area area) {
        return AuditCsv.write(MapSheet.ACTION_HEADER, MapSheet.actionRows(actions.of(area)));
    }

    private List<String> localityNames(Area area) {
        return register.facts(area).localities().stream().map(Locality::name).toList();
    }
}
