package org.strands.provision;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.strands.framework.Framework;
import org.strands.framework.FrameworkCatalogue;
import org.strands.framework.Outcome;
import org.strands.framework.OutcomeCode;
import org.strands.platform.Area;
import org.strands.platform.AuditTrail;
import org.strands.platform.InvalidInput;

/** What the area expects in each outcome cell, and the specification for joint commissioning built from it. */
@Service
public class CommissioningSpecification {

    /** What the area expects in one cell, from the therapy service and from wider partners. */
    public record Expectation(String fromTherapy, String fromPartners) {
        static final Expectation NONE = new Expectation(null, null);
    }

    static final int MAX_LENGTH = 4000;
    /** The longest expectation kept, for the form's character limit. */
    public static final int LONGEST = MAX_LENGTH;

    private final JdbcClient db;
    private final ProvisionRegister register;
    private final ProvisionMapping mapping;
    private final FrameworkCatalogue framework;
    private final AuditTrail audit;
    private final Clock clock;

    CommissioningSpecification(JdbcClient db, ProvisionRegister register, ProvisionMapping mapping,
            FrameworkCatalogue framework, AuditTrail audit, Clock clock) {
        this.db = db;
        this.register = register;
        this.mapping = mapping;
        this.framework = framework;
        this.audit = audit;
        this.clock = clock;
    }

    public Map<String, Expectation> expectations(Area area) {
        record Row(String outcomeCode, String fromTherapy, String fromPartners) {
        }
        Map<String, Expectation> byCode = new HashMap<>();
        db.sql("select outcome_code, from_therapy, from_partners from cell_expectation where area_id = ?").param(area.id())
                .query(Row.class).list().forEach(r -> byCode.put(r.outcomeCode(), new Expectation(r.fromTherapy(), r.fromPartners())));
        return byCode;
    }

    @org.springframework.transaction.annotation.Transactional
    public void expect(Area area, String code, Expectation expectation, String by) {
        OutcomeCode outcome = OutcomeCode.parse(code).orElseThrow(() -> InvalidInput.of("code", "\"" + code + "\" is not an outcome code: use FS1 to IN3."));
        for (String text : new String[] {expectation.fromTherapy(), expectation.fromPartners()}) {
            if (text != null && text.length() > MAX_LENGTH) {
                throw InvalidInput.of(text == expectation.fromTherapy() ? "fromTherapy" : "fromPartners",
                        "This is longer than " + MAX_LENGTH + " characters.");
            }
        }
        db.sql("""
                insert into cell_expectation (area_id, outcome_code, from_therapy, from_partners, updated_by, updated_at)
                values (?, ?, ?, ?, ?, ?)
                on conflict (area_id, outcome_code) do update set from_therapy = excluded.from_therapy,
                  from_partners = excluded.from_partners, updated_by = excluded.updated_by, updated_at = excluded.updated_at""")
                .params(area.id(), outcome.code(), blank(expectation.fromTherapy()), blank(expectation.fromPartners()), by,
                        java.sql.Timestamp.from(clock.instant()))
                .update();
        audit.record(area.id(), "EXPECTATION_SET", "outcome", outcome.code(), null);
    }

    public Specification specification(Area area) {
        Framework wording = framework.framework();
        Map<String, Expectation> expectations = expectations(area);
        ProvisionMap map = mapping.map(area, MapFilter.CURRENT);
        List<Offer> current = register.offers(area).stream().filter(MapFilter.CURRENT::matches).toList();
        List<Specification.Section> sections = OutcomeCode.ALL.stream().map(code -> {
            Outcome outcome = wording.outcome(code.strand(), code.level());
            List<Offer> inCell = current.stream().filter(o -> o.outcomes().contains(code.code())).toList();
            Expectation expected = expectations.getOrDefault(code.code(), Expectation.NONE);
            ProvisionMap.Cell cell = map.cell(code.strand(), code.level());
            return new Specification.Section(code.code(), code.strand().label(), code.level().label(), outcome.descriptor(),
                    expected.fromTherapy(), expected.fromPartners(),
                    inCell.stream().filter(o -> o.entry() == EntryKind.PROVISION).toList(),
                    inCell.stream().filter(o -> o.entry() == EntryKind.GAP).toList(), cell.gap(), cell.thin());
        }).toList();
        return new Specification(area.name(), LocalDate.ofInstant(clock.instant(), ZoneId.of("Europe/London")), sections, map.balance());
    }

    private static String blank(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
