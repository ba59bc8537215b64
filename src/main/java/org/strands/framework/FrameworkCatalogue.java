package org.strands.framework;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.strands.platform.AuditTrail;
import org.strands.platform.Uploads;
import org.strands.platform.NotFound;

/** The framework in each descriptor set an area can use, and loading an area's own sets from a file. */
@Service
public class FrameworkCatalogue {

    public static final String SHIPPED_SET = "slcn";

    private static final DescriptorSet SLCN = new DescriptorSet(SHIPPED_SET,
            "Speech, language and communication (Strands wording)", "Speech and language therapy", true);

    private final Uploads uploads;
    private final Map<String, String> slcnWording;
    private final List<DeliveryPrinciple> principles;
    private final DescriptorSets sets;
    private final AuditTrail audit;

    FrameworkCatalogue(DescriptorSets sets, AuditTrail audit, Uploads uploads) {
        this.sets = sets;
        this.uploads = uploads;
        this.audit = audit;
        this.slcnWording = DescriptorFile.read(classpath("framework/slcn.csv")).wording();
        this.principles = readPrinciples();
    }

    /** The framework in the shipped SLCN wording. */
    public Framework framework() {
        return assemble(SLCN, slcnWording);
    }

    /** The framework in one of the area's descriptor sets (or the shipped one); 404 for an unknown set. */
    public Framework framework(long areaId, String setCode) {
        if (setCode == null || setCode.isBlank() || SHIPPED_SET.equals(setCode)) {
            return framework();
        }
        DescriptorSets.Stored stored = sets.find(areaId, setCode)
                .orElseThrow(() -> new NotFound("There is no descriptor set \"" + setCode + "\" in this area."));
        return assemble(stored.set(), stored.wording());
    }

    /** The sets an area can choose from: the shipped one first, then the area's own by name. */
    public List<DescriptorSet> setsFor(long areaId) {
        List<DescriptorSet> all = new ArrayList<>();
        all.add(SLCN);
        all.addAll(sets.of(areaId));
        return all;
    }

    /**
     * Loads (or replaces) an area's descriptor set from a CSV file with the columns {@code code} and
     * {@code descriptor} and exactly the fifteen codes. Rejects the whole file with every error found.
     */
    @Transactional
    public DescriptorSet load(long areaId, String code, String name, String discipline, InputStream file, String loadedBy) {
        DescriptorFile parsed = DescriptorFile.read(file, uploads);
        DescriptorSet set = sets.save(areaId, code, name, discipline, parsed.wording(), loadedBy);
        audit.record(areaId, "DESCRIPTOR_SET_LOADED", "descriptor_set", code, name);
        return set;
    }

    private Framework assemble(DescriptorSet set, Map<String, String> wording) {
        List<Outcome> outcomes = OutcomeCode.ALL.stream()
                .map(c -> new Outcome(c.code(), c.strand(), c.level(), wording.get(c.code()))).toList();
        return new Framework(set, outcomes, principles);
    }

    private static List<DeliveryPrinciple> readPrinciples() {
        try (Reader reader = new java.io.InputStreamReader(classpath("framework/principles.csv"), StandardCharsets.UTF_8)) {
            List<DeliveryPrinciple> list = new ArrayList<>();
            for (CSVRecord row : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
                list.add(new DeliveryPrinciple(Integer.parseInt(row.get("number")), row.get("name"), row.get("summary")));
            }
            return List.copyOf(list);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream classpath(String path) {
        try {
            return new ClassPathResource(path).getInputStream();
        } catch (IOException e) {
            throw new UncheckedIOException("Missing " + path, e);
        }
    }
}
