package org.strands.directory.web.oruk;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.dialect.Dialect;
import com.networknt.schema.dialect.Dialects;
import com.networknt.schema.keyword.AnnotationKeyword;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.strands.support.SharedData;

/**
 * The Open Referral UK profile's JSON schemas from {@code ../shared/data}, under the addresses its openapi gives them, read
 * as draft 2020-12 (the openapi's dialect; the files name none) with formats asserted (uuid, uri, email, date-time),
 * which 2020-12 otherwise only notes. A list is checked as a page: the eight paging fields, every one required (the
 * openapi requires none), and each item against the list schema the openapi names.
 */
final class UkProfileSchemas {

    static final String BASE = "https://raw.githubusercontent.com/openreferral/uk-profile/main/schema/";

    /** The root's answer: the openapi's own schema, with its three fields required. */
    static final String ABOUT = "about.json";
    static final String SERVICES = "pages/services.json";
    static final String SERVICE = "compiled/service.json";
    static final String SERVICES_AT_LOCATIONS = "pages/service_at_locations.json";
    /** The openapi names compiled/service.json for one service at a location, which its own example fails; this is the right one. */
    static final String SERVICE_AT_LOCATION = "compiled/service_at_location.json";
    static final String TAXONOMIES = "pages/taxonomies.json";
    static final String TAXONOMY = "taxonomy.json";
    static final String TAXONOMY_TERMS = "pages/taxonomy_terms.json";
    static final String TAXONOMY_TERM = "taxonomy_term.json";

    private final SchemaRegistry registry;

    UkProfileSchemas() {
        Path dir = SharedData.file("service-directory/oruk-uk-profile/schema");
        Map<String, String> ours = Map.of(
                BASE + ABOUT, """
                        {"type":"object","required":["version","profile","openapi_url"],
                         "properties":{"version":{"type":"string"},"profile":{"type":"string","format":"uri"},
                           "openapi_url":{"type":"string","format":"uri"}}}""",
                BASE + SERVICES, page("compiled/service_list.json"),
                BASE + SERVICES_AT_LOCATIONS, page("compiled/service_at_location_list.json"),
                BASE + TAXONOMIES, page("taxonomy.json"),
                BASE + TAXONOMY_TERMS, page("taxonomy_term.json"));
        // the profile's own keywords (the column's name, its tabular constraints, an example) are notes, not rules
        Dialect profile = Dialect.builder(Dialects.getDraft202012()).keywords(List.of("name", "path", "constraints", "core", "example",
                "datapackage_type", "datapackage_metadata", "tabular_required").stream().map(AnnotationKeyword::new).toList()).build();
        registry = SchemaRegistry.withDefaultDialect(profile, builder -> builder
                .schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build())
                .schemas(iri -> ours.containsKey(iri) ? ours.get(iri) : iri.startsWith(BASE) ? read(dir.resolve(iri.substring(BASE.length()))) : null));
    }

    /** What is wrong with the JSON by the schema, as "where: what"; empty when it is valid. */
    List<String> errors(String schema, String json) {
        Schema s = registry.getSchema(SchemaLocation.of(BASE + schema));
        s.initializeValidators();
        return s.validate(json, InputFormat.JSON).stream().map(com.networknt.schema.Error::toString).toList();
    }

    private static String page(String item) {
        return """
                {"type":"object",
                 "required":["total_items","total_pages","page_number","size","first_page","last_page","empty","contents"],
                 "properties":{"total_items":{"type":"integer"},"total_pages":{"type":"integer"},
                   "page_number":{"type":"integer"},"size":{"type":"integer"},"first_page":{"type":"boolean"},
                   "last_page":{"type":"boolean"},"empty":{"type":"boolean"},
                   "contents":{"type":"array","items":{"$ref":"%s"}}}}""".formatted(BASE + item);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
