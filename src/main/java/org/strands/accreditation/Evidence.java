package org.strands.accreditation;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;
import org.strands.platform.Area;
import org.strands.platform.AuditTrail;
import org.strands.platform.Conflict;
import org.strands.platform.InvalidInput;
import org.strands.platform.NotFound;
import org.strands.platform.TextLimits;

/**
 * A setting's evidence for its self-evaluation: files (checked by what is in them, kept in the database and never
 * served but as a download), links, notes, and facts Strands holds. Added and removed only while the self-evaluation is
 * with the setting; each may be against one of the criteria it is judged on.
 */
@Service
public class Evidence {

    /** A stored file, to download. */
    public record StoredFile(String fileName, String contentType, byte[] content) {
    }

    private final JdbcClient db;
    private final SchemeCriteria criteria;
    private final AuditTrail audit;
    private final DataSize maxSize;

    Evidence(JdbcClient db, SchemeCriteria criteria, AuditTrail audit,
            @Value("${strands.accreditation.evidence-max-size:10MB}") DataSize maxSize) {
        this.db = db;
        this.criteria = criteria;
        this.audit = audit;
        this.maxSize = maxSize;
    }

    /** The largest file accepted, in whole megabytes. */
    public long maxMegabytes() {
        return maxSize.toMegabytes();
    }

    /** The journey's evidence, oldest first, without file contents. */
    public List<EvidenceItem> of(Area area, long enrolmentId) {
        return db.sql("""
                select id, criterion_code, kind, title, link, note, file_name, content_type, size_bytes, added_by, added_at
                from accreditation_evidence where area_id = :area and enrolment_id = :id order by added_at, id""")
                .param("area", area.id()).param("id", enrolmentId)
                .query((rs, n) -> new EvidenceItem(rs.getLong("id"), rs.getString("criterion_code"), EvidenceItem.Kind.valueOf(rs.getString("kind")),
                        rs.getString("title"), rs.getString("link"), rs.getString("note"), rs.getString("file_name"), rs.getString("content_type"),
                        (Long) rs.getObject("size_bytes"), rs.getString("added_by"), rs.getObject("added_at", java.time.OffsetDateTime.class)))
                .list();
    }

    public EvidenceItem item(Area area, long enrolmentId, long id) {
        return of(area, enrolmentId).stream().filter(e -> e.id() == id).findFirst()
                .orElseThrow(() -> new NotFound("There is no such evidence for this setting."));
    }

    /** A file of the journey's evidence; 404 when it is not one of this journey's. */
    public StoredFile file(Area area, long enrolmentId, long id) {
        return db.sql("""
                select e.file_name, e.content_type, f.content from accreditation_evidence e join accreditation_evidence_file f on f.evidence_id = e.id
                where e.area_id = :area and e.enrolment_id = :enrolment and e.id = :id and e.kind = 'FILE'""")
                .param("area", area.id()).param("enrolment", enrolmentId).param("id", id)
                .query((rs, n) -> new StoredFile(rs.getString(1), rs.getString(2), rs.getBytes(3))).optional()
                .orElseThrow(() -> new NotFound("There is no such file in this setting’s evidence."));
    }

    /** Adds a file, refused with the field {@code file} when it is too large or not a kind allowed, whatever its name says. */
    @Transactional
    public long addFile(Area area, Enrolment journey, String criterion, String title, String fileName, InputStream in, String by) {
        // the name as the person's computer gave it, without folders or control characters (a NUL cannot be stored)
        String name = fileName == null ? "" : fileName.replaceAll("^.*[/\\\\]", "").replaceAll("\\p{Cntrl}", "").strip();
        if (name.isEmpty()) {
            throw InvalidInput.of("file", "Choose a file to add.");
        }
        byte[] content = read(in);
        if (content.length == 0) {
            throw InvalidInput.of("file", "The file is empty. Choose a file with something in it.");
        }
        EvidenceFileKind kind = EvidenceFileKind.of(content).orElseThrow(() -> InvalidInput.of("file",
                "The file must be a PDF, a PNG or JPEG picture, or a Word, Excel or PowerPoint document. Strands checks what is in "
                        + "the file, not its name."));
        if (!kind.matchesName(name)) {
            throw InvalidInput.of("file", "The file’s name ends ." + EvidenceFileKind.extension(name) + " but what is in it is not that "
                    + "kind of file. Add the file as it was saved, without renaming it.");
        }
        String shown = clip(name, TextLimits.NAME);
        long id = insert(area, journey, criterion, EvidenceItem.Kind.FILE, blank(title) ? shown : title, null, null, by,
                shown, kind.contentType(), (long) content.length);
        db.sql("insert into accreditation_evidence_file (evidence_id, content) values (:id, :content)").param("id", id).param("content", content).update();
        return id;
    }

    @Transactional
    public long addLink(Area area, Enrolment journey, String criterion, String title, String link, String by) {
        String url = link == null ? "" : link.strip();
        if (url.isEmpty()) {
            throw InvalidInput.of("link", "Enter the address of the web page, starting https://");
        }
        if (url.length() > TextLimits.WEB_LINK || !webAddress(url)) {
            throw InvalidInput.of("link", "Enter a web address that starts http:// or https://, like https://www.example.org/our-policy");
        }
        if (!blank(title) && title.strip().length() > TextLimits.NAME) {
            throw InvalidInput.of("title", "Keep the title to 200 characters or fewer.");
        }
        // a long address without a title of its own is shown by its first 200 characters
        return insert(area, journey, criterion, EvidenceItem.Kind.LINK, blank(title) ? clip(url, TextLimits.NAME) : title, url, null, by,
                null, null, null);
    }

    @Transactional
    public long addNote(Area area, Enrolment journey, String criterion, String title, String note, String by) {
        String text = note == null ? "" : note.strip();
        if (text.isEmpty()) {
            throw InvalidInput.of("note", "Enter the note.");
        }
        if (text.length() > TextLimits.DESCRIPTION || TextLimits.hasNul(text)) {
            throw InvalidInput.of("note", "Keep the note to 5,000 characters or fewer.");
        }
        if (blank(title)) {
            throw InvalidInput.of("title", "Enter a title for the note.");
        }
        return insert(area, journey, criterion, EvidenceItem.Kind.NOTE, title, null, text, by, null, null, null);
    }

    /** Adds a fact Strands holds about the setting: its label as the title and its value as the note. */
    @Transactional
    public long addFact(Area area, Enrolment journey, String criterion, String label, String value, String by) {
        return insert(area, journey, criterion, EvidenceItem.Kind.FACT, label, null, clip(value, TextLimits.DESCRIPTION), by, null, null, null);
    }

    @Transactional
    public void remove(Area area, Enrolment journey, long id, String by) {
        holdOpen(db, journey);
        EvidenceItem item = item(area, journey.id(), id);
        db.sql("delete from accreditation_evidence where area_id = :area and enrolment_id = :enrolment and id = :id")
                .param("area", area.id()).param("enrolment", journey.id()).param("id", id).update();
        audit.record(area.id(), "remove", "accreditation-evidence", String.valueOf(id), item.kind().name() + ": " + item.title());
    }

    private long insert(Area area, Enrolment journey, String criterion, EvidenceItem.Kind kind, String title, String link, String note,
            String by, String fileName, String contentType, Long size) {
        holdOpen(db, journey);
        String code = blank(criterion) ? null : criterion.strip();
        if (code != null && criteria.criteria(area, journey.criteriaSetId(), journey.phase()).stream().noneMatch(c -> c.code().equals(code))) {
            throw InvalidInput.of("criterion", "Choose one of the criteria your setting is judged on, or none.");
        }
        String t = title == null ? "" : title.strip();
        if (t.length() > TextLimits.NAME || TextLimits.hasNul(t)) {
            throw InvalidInput.of("title", "Keep the title to 200 characters or fewer.");
        }
        long id = db.sql("""
                insert into accreditation_evidence (area_id, enrolment_id, criterion_code, kind, title, link, note, file_name, content_type,
                    size_bytes, added_by) values (:area, :enrolment, :code, :kind, :title, :link, :note, :file, :type, :size, :by) returning id""")
                .param("area", area.id()).param("enrolment", journey.id()).param("code", code).param("kind", kind.name())
                .param("title", clip(t, TextLimits.NAME)).param("link", link).param("note", note).param("file", fileName)
                .param("type", contentType).param("size", size).param("by", by).query(Long.class).single();
        audit.record(area.id(), "add", "accreditation-evidence", String.valueOf(id), kind.name() + ": " + t);
        return id;
    }

    /** Refuses (409, in plain words) a change to evidence or the action plan once the self-evaluation has left the setting. */
    public static void open(Enrolment journey) {
        refuseUnlessOpen(journey.status());
    }

    /**
     * Refuses (409) unless the journey is open to the setting as it stands in the database, and holds its status until the
     * transaction ends, so that a change and the self-evaluation being sent to the mentor cannot cross.
     */
    static void holdOpen(JdbcClient db, Enrolment journey) {
        refuseUnlessOpen(SchemeStatus.valueOf(db.sql("select status from accreditation_enrolment where id = :id for share")
                .param("id", journey.id()).query(String.class).single()));
    }

    private static void refuseUnlessOpen(SchemeStatus status) {
        if (!status.openToTheSetting()) {
            throw new Conflict("status", "The self-evaluation is " + status.label().toLowerCase(Locale.UK)
                    + " now, so its ratings, evidence and action plan cannot be changed.");
        }
    }

    private byte[] read(InputStream in) {
        long max = maxSize.toBytes();
        try (InputStream input = in) {
            byte[] content = input.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
            if (content.length > max) {
                throw tooLarge();
            }
            return content;
        } catch (IOException e) {
            throw InvalidInput.of("file", "The file could not be read. Try adding it again.");
        }
    }

    /** The refusal of a file larger than allowed, in plain words. */
    public InvalidInput tooLarge() {
        return InvalidInput.of("file", "The file is larger than " + maxSize.toMegabytes() + " MB. Choose a smaller file, or save it "
                + "as a PDF with smaller pictures.");
    }

    private static boolean webAddress(String url) {
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null && !uri.getHost().isBlank();
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static String clip(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
