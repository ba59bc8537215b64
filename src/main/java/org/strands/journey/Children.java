package org.strands.journey;

import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.strands.place.AreaPlaces;
import org.strands.place.Localities;
import org.strands.place.Locality;
import org.strands.place.Setting;
import org.strands.place.SmallArea;
import org.strands.platform.Area;
import org.strands.platform.AreaContext;
import org.strands.platform.AuditTrail;
import org.strands.platform.ContactCipher;
import org.strands.platform.Formats;
import org.strands.platform.NotFound;
import org.strands.platform.RowErrors;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Children known to the service by a generated pseudonymous reference, with the minimum the service needs: month of birth,
 * small area, setting, languages, the equity fields of national returns, and, sealed, the NHS number and family contacts.
 */
@Service
public class Children {

    /** The characters of a reference: no 0/O, 1/I/L, so that it can be read out and typed back. */
    static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    public static final int PAGE = 50;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient db;
    private final AreaPlaces places;
    private final Localities localities;
    private final ContactCipher cipher;
    private final Caseloads caseloads;
    private final JourneySummaries summaries;
    private final AuditTrail audit;
    private final org.springframework.context.ApplicationEventPublisher events;
    private final Clock clock;

    Children(JdbcClient db, AreaPlaces places, Localities localities, ContactCipher cipher, Caseloads caseloads, JourneySummaries summaries,
            AuditTrail audit, org.springframework.context.ApplicationEventPublisher events, Clock clock) {
        this.db = db;
        this.places = places;
        this.localities = localities;
        this.cipher = cipher;
        this.caseloads = caseloads;
        this.summaries = summaries;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** A page of the children the person may see, newest first, those whose reference starts with {@code ref} when given. */
    public List<ChildSummary> visible(AreaContext area, String ref, int page) {
        Caseloads.View view = caseloads.of(area);
        String search = ChildRules.blank(ref);
        return db.sql("""
                select c.id, c.ref, c.born_month, c.setting_ref, c.locality, j.id as open_journey_id, j.started_on as open_since, j.lead
                from journey_child c left join journey_journey j on j.child_id = c.id and j.discharged_on is null
                where c.area_id = :area and (cast(:ref as text) is null or c.ref ilike :ref) and """ + Caseloads.VISIBLE + """
                 order by c.id desc limit :limit offset :offset""")
                .param("area", area.areaId()).param("ref", search == null ? null : search.replace("%", "").replace("_", "") + "%")
                .param("all", view.all()).param("user", view.user()).param("settings", view.settingArray())
                .param("limit", PAGE + 1).param("offset", Math.max(0, page) * PAGE)
                .query((rs, n) -> new ChildSummary(rs.getLong("id"), rs.getString("ref"), YearMonth.from(rs.getObject("born_month", LocalDate.class)),
                        rs.getString("setting_ref"), rs.getString("locality"), (Long) rs.getObject("open_journey_id"),
                        rs.getObject("open_since", LocalDate.class), rs.getString("lead")))
                .list();
    }

    /** The child, read by someone who may see them (404 otherwise); the read is audited. */
    public Child one(AreaContext area, long id) {
        caseloads.check(area, id);
        audit.recordRead(area.areaId(), "child", String.valueOf(id));
        return db.sql("select * from journey_child where id = ? and area_id = ?").params(id, area.areaId()).query(this::child).single();
    }

    /** Throws {@link org.strands.platform.InvalidInput} naming every field that cannot be stored. */
    public ChildDetails check(Area area, ChildDetails typed) {
        RowErrors errors = new RowErrors();
        ChildDetails details = ChildRules.read(typed, today(), errors);
        place(area, details, errors);
        if (!errors.isEmpty()) {
            throw errors.refused("The child's details were not saved.");
        }
        return details;
    }

    @Transactional
    public long create(AreaContext area, ChildDetails typed) {
        ChildDetails details = check(area.area(), typed);
        Place place = place(area.area(), details, new RowErrors());
        for (int attempt = 0; attempt < 10; attempt++) {
            Long id = db.sql("""
                    insert into journey_child (area_id, ref, nhs_number, born_month, small_area, imd_quintile, setting_ref, locality, languages,
                        interpreter_needed, sex, ethnicity, family_contact, created_by)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (area_id, ref) do nothing returning id""")
                    .params(area.areaId(), newRef(), cipher.seal(details.nhsNumber()), details.bornMonth().atDay(1), details.smallArea(),
                            place.quintile(), details.settingRef(), place.locality(), details.languages().toArray(String[]::new),
                            details.interpreterNeeded(), name(details.sex()), name(details.ethnicity()), sealContacts(details.contacts()),
                            area.username())
                    .query(Long.class).optional().orElse(null);
            if (id != null) {
                audit.record(area.areaId(), "RECORD", "child", String.valueOf(id), null);
                return id;
            }
        }
        throw new IllegalStateException("No free child reference after 10 tries");
    }

    @Transactional
    public void change(AreaContext area, long id, ChildDetails typed) {
        caseloads.check(area, id);
        ChildDetails details = check(area.area(), typed);
        Place place = place(area.area(), details, new RowErrors());
        db.sql("""
                update journey_child set nhs_number = ?, born_month = ?, small_area = ?, imd_quintile = ?, setting_ref = ?, locality = ?,
                    languages = ?, interpreter_needed = ?, sex = ?, ethnicity = ?, family_contact = ?, changed_by = ?, changed_at = ?
                where id = ? and area_id = ?""")
                .params(cipher.seal(details.nhsNumber()), details.bornMonth().atDay(1), details.smallArea(), place.quintile(),
                        details.settingRef(), place.locality(), details.languages().toArray(String[]::new), details.interpreterNeeded(),
                        name(details.sex()), name(details.ethnicity()), sealContacts(details.contacts()), area.username(),
                        Timestamp.from(clock.instant()), id, area.areaId())
                .update();
        audit.record(area.areaId(), "CHANGE", "child", String.valueOf(id), null);
        summaries.refresh(area.areaId(), db.sql("select id from journey_journey where child_id = ?").param(id).query(Long.class).list());
    }

    /** Records the family's answer about one purpose; it holds until the next one. */
    @Transactional
    public void recordConsent(AreaContext area, long childId, ConsentPurpose purpose, Boolean given, ConsentChannel channel) {
        caseloads.check(area, childId);
        RowErrors errors = new RowErrors();
        if (purpose == null) {
            errors.add(0, "purpose", "Choose what the family was asked about.");
        }
        if (given == null) {
            errors.add(0, "given", "Choose whether the family agreed.");
        }
        if (channel == null) {
            errors.add(0, "channel", "Choose how the family answered.");
        }
        if (!errors.isEmpty()) {
            throw errors.refused("The consent was not recorded.");
        }
        java.time.Instant now = clock.instant();
        db.sql("insert into journey_consent (area_id, child_id, purpose, given, channel, words_shown, recorded_by, recorded_at) values (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(area.areaId(), childId, purpose.name(), given, channel.name(), purpose.words(), area.username(), Timestamp.from(now))
                .update();
        List<Long> journeys = db.sql("select id from journey_journey where child_id = ? and area_id = ?").params(childId, area.areaId())
                .query(Long.class).list();
        events.publishEvent(new ConsentRecorded(area.areaId(), childId, purpose, given, channel, purpose.words(), area.username(), now, journeys));
        audit.record(area.areaId(), given ? "CONSENT_GIVEN" : "CONSENT_WITHDRAWN", "child", String.valueOf(childId), purpose.name());
    }

    /**
     * Where to write to the child's family, for a module that sends them messages they agreed to: the first family contact
     * with an email address or a mobile number, opened from its seal; empty when there is none.
     */
    public Optional<FamilyContact> familyToWriteTo(long areaId, long childId) {
        return db.sql("select family_contact from journey_child where id = ? and area_id = ?").params(childId, areaId).query(byte[].class)
                .optional().map(this::openContacts).orElse(List.of()).stream()
                .filter(c -> (c.email() != null && !c.email().isBlank()) || (c.mobile() != null && !c.mobile().isBlank())).findFirst();
    }

    /** Every consent answer of the child, newest first. */
    public List<Consent> consents(AreaContext area, long childId) {
        caseloads.check(area, childId);
        return consentsOf(area.areaId(), childId);
    }

    /** Every consent answer of the child, for a caller that has already checked the person may see the child. */
    List<Consent> consentsOf(long areaId, long childId) {
        return db.sql("select * from journey_consent where child_id = ? and area_id = ? order by recorded_at desc, id desc")
                .params(childId, areaId)
                .query((rs, n) -> new Consent(rs.getLong("id"), ConsentPurpose.valueOf(rs.getString("purpose")), rs.getBoolean("given"),
                        rs.getString("channel") == null ? null : ConsentChannel.valueOf(rs.getString("channel")), rs.getString("words_shown"),
                        rs.getString("recorded_by"), rs.getObject("recorded_at", OffsetDateTime.class)))
                .list();
    }

    /** The settings of the area a child may attend, by ref. */
    public List<Setting> settings(Area area) {
        return places.settings(area, AreaPlaces.SettingFilter.NONE).stream().filter(s -> !s.venue()).toList();
    }

    record Place(Integer quintile, String locality) {
    }

    private Place place(Area area, ChildDetails details, RowErrors errors) {
        Integer quintile = null;
        String locality = null;
        if (details.smallArea() != null) {
            SmallArea small = places.smallAreas(area, AreaPlaces.SmallAreaFilter.NONE).stream()
                    .filter(s -> s.code().equalsIgnoreCase(details.smallArea())).findFirst().orElse(null);
            if (small == null) {
                errors.add(0, "smallArea", "Enter the code of a small area (LSOA) of " + area.name() + ", like E01005xxx, or leave it blank.");
            } else {
                quintile = small.imdDecile() == null ? null : (small.imdDecile() + 1) / 2;
                locality = small.locality();
            }
        }
        if (details.settingRef() != null) {
            Setting setting = settings(area).stream().filter(s -> s.ref().equals(details.settingRef())).findFirst().orElse(null);
            if (setting == null) {
                errors.add(0, "settingRef", "Choose a school or setting of " + area.name() + ", or leave it blank.");
            } else if (locality == null && setting.wardCode() != null) {
                locality = localities.of(area).stream().filter(l -> l.wards().stream().anyMatch(w -> w.code().equals(setting.wardCode())))
                        .map(Locality::name).findFirst().orElse(null);
            }
        }
        return new Place(quintile, locality);
    }

    private Child child(ResultSet rs, int row) throws SQLException {
        java.sql.Array languages = rs.getArray("languages");
        return new Child(rs.getLong("id"), rs.getString("ref"), cipher.open(rs.getBytes("nhs_number")),
                YearMonth.from(rs.getObject("born_month", LocalDate.class)), rs.getString("small_area"), (Integer) rs.getObject("imd_quintile", Integer.class),
                rs.getString("setting_ref"), rs.getString("locality"), Arrays.asList((String[]) languages.getArray()),
                rs.getBoolean("interpreter_needed"), rs.getString("sex") == null ? null : Sex.valueOf(rs.getString("sex")),
                rs.getString("ethnicity") == null ? null : Ethnicity.valueOf(rs.getString("ethnicity")), openContacts(rs.getBytes("family_contact")),
                rs.getString("created_by"), rs.getObject("created_at", OffsetDateTime.class));
    }

    private byte[] sealContacts(List<FamilyContact> contacts) {
        return contacts.isEmpty() ? null : cipher.seal(JSON.writeValueAsString(contacts));
    }

    private List<FamilyContact> openContacts(byte[] sealed) {
        return sealed == null ? List.of() : JSON.readValue(cipher.open(sealed), new TypeReference<List<FamilyContact>>() {
        });
    }

    static String newRef() {
        StringBuilder ref = new StringBuilder("C-");
        for (int i = 0; i < 8; i++) {
            ref.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return ref.toString();
    }

    private static String name(Enum<?> e) {
        return e == null ? null : e.name();
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), Formats.LONDON);
    }
}
