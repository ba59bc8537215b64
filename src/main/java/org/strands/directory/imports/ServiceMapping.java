package org.strands.directory.imports;

import java.math.BigDecimal;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import org.strands.framework.Level;
import org.strands.framework.OutcomeCode;
import org.strands.framework.Strand;
import org.strands.platform.Copy;
import tools.jackson.databind.JsonNode;

/**
 * One service of an Open Referral UK feed as a directory entry. A service without an id or a name, or whose name is
 * longer than the directory holds, cannot be stored: it is a {@link ImportRefused.Problem}. Anything else that does not
 * fit is cut (a description over 5,000 characters) or left out (an email address that is not one), and said in a note.
 */
@Component
class ServiceMapping {

    /** Fields of a service the directory brings in, or that only describe the record itself. */
    private static final Set<String> MAPPED = Set.of("id", "name", "description", "url", "email", "status", "fees", "minimum_age",
            "maximum_age", "eligibility_description", "organization", "organization_id", "service_at_locations", "cost_options", "phones",
            "contacts", "attributes", "last_modified");
    private static final Pattern EMAIL = Pattern.compile("[^\\s@]{1,64}@[^\\s@]+\\.[^\\s@]+");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 ()-]{5,30}");

    private final PlaceMapping places;

    ServiceMapping(PlaceMapping places) {
        this.places = places;
    }

    /** The service as an entry, or the problems that keep it from being stored. */
    ImportedService map(int index, JsonNode service, List<ImportRefused.Problem> problems) {
        String ref = required(index, service, "id", null, problems);
        String name = required(index, service, "name", ref, problems);
        if (ref != null && FeedText.length(ref) > 200) {
            problems.add(new ImportRefused.Problem(index, FeedText.cut(ref, 40) + "…", name, "id", Copy.of("directory.import.problem.tooLong", 200)));
        }
        if (name != null && FeedText.length(name) > 200) {
            problems.add(new ImportRefused.Problem(index, ref, FeedText.cut(name, 60) + "…", "name",
                    Copy.of("directory.import.problem.nameTooLong", FeedText.length(name))));
        }
        if (ref == null || name == null || FeedText.length(ref) > 200 || FeedText.length(name) > 200) {
            return null;
        }
        name = name.replace('\n', ' ');
        List<String> notes = new ArrayList<>();
        String status = optional(service, "status", notes);
        boolean active = status == null || "active".equalsIgnoreCase(status);
        if (!active) {
            notes.add(Copy.of("directory.import.note.inactive", FeedText.cut(status, 40)));
        }
        String summary = optional(service, "description", notes);
        summary = summary == null ? null : FeedText.plain(summary);
        if (summary == null || summary.isBlank()) {
            notes.add(Copy.of("directory.import.note.noDescription"));
            summary = name;
        }
        summary = bounded(summary, 5000, "description", notes);
        String whoFor = optional(service, "eligibility_description", notes);
        whoFor = whoFor == null ? null : bounded(FeedText.plain(whoFor), 5000, "eligibility_description", notes);
        JsonNode organization = FeedText.object(service, "organization");
        String organisation = organization == null ? null : optional(organization, "name", notes);
        organisation = organisation == null ? null : bounded(organisation.replace('\n', ' '), 200, "organization.name", notes);
        String cost = cost(service, notes);
        Integer from = age(service, "minimum_age", notes);
        Integer to = age(service, "maximum_age", notes);
        if (from != null && to != null && from > to) {
            notes.add(Copy.of("directory.import.note.agesCrossed", from, to));
            from = null;
            to = null;
        }
        Set<String> outcomes = new LinkedHashSet<>();
        boolean openAccess = terms(service, outcomes, notes);
        Set<String> unmapped = new LinkedHashSet<>();
        service.propertyNames().stream().filter(f -> !MAPPED.contains(f) && FeedText.present(service, f)).sorted().limit(30)
                .map(f -> FeedText.cut(FeedText.clean(f), 60)).forEach(unmapped::add);
        if (!unmapped.isEmpty()) {
            notes.add(Copy.of("directory.import.note.notBroughtIn", String.join(", ", unmapped)));
        }
        return new ImportedService(index, ref, name, summary, whoFor, cost, url(service, notes), email(service, notes), phone(service, notes),
                organisation, from, to, List.copyOf(outcomes), openAccess, places.places(service, name, notes), active, notes, unmapped);
    }

    private static String required(int index, JsonNode service, String field, String ref, List<ImportRefused.Problem> problems) {
        try {
            String text = FeedText.text(service, field);
            if (text == null) {
                problems.add(new ImportRefused.Problem(index, ref, null, field, Copy.of("directory.import.problem.missing")));
            }
            return text;
        } catch (FeedText.NotText e) {
            problems.add(new ImportRefused.Problem(index, ref, null, field, Copy.of("directory.import.problem.notText", e.getMessage())));
            return null;
        }
    }

    private static String optional(JsonNode parent, String field, List<String> notes) {
        try {
            return FeedText.text(parent, field);
        } catch (FeedText.NotText e) {
            notes.add(Copy.of("directory.import.note.notText", field, e.getMessage()));
            return null;
        }
    }

    private static String bounded(String text, int limit, String field, List<String> notes) {
        if (FeedText.length(text) > limit) {
            notes.add(Copy.of("directory.import.note.cut", field, limit));
            return FeedText.cut(text, limit);
        }
        return text;
    }

    /** Each cost option as "option: £amount description", or the UK profile's fees text when it has none. */
    private static String cost(JsonNode service, List<String> notes) {
        List<String> options = new ArrayList<>();
        for (JsonNode option : FeedText.list(service, "cost_options")) {
            List<String> parts = new ArrayList<>();
            String what = FeedText.textOrNull(option, "option");
            JsonNode amount = option.get("amount");
            String money = null;
            if (amount != null && amount.isNumber()) {
                double d = amount.doubleValue();
                if (Double.isFinite(d) && d >= 0 && d < 1_000_000) {
                    money = d == 0 ? Copy.of("directory.import.free") : "£" + BigDecimal.valueOf(d).setScale(2, java.math.RoundingMode.HALF_UP)
                            .stripTrailingZeros().toPlainString();
                } else {
                    notes.add(Copy.of("directory.import.note.amount"));
                }
            }
            String description = FeedText.textOrNull(option, "amount_description");
            String text = String.join(" ", java.util.stream.Stream.of(money, description).filter(java.util.Objects::nonNull).toList());
            if (what != null) {
                parts.add(what);
            }
            if (!text.isBlank()) {
                parts.add(text);
            }
            if (!parts.isEmpty()) {
                options.add(String.join(": ", parts).replace('\n', ' '));
            }
        }
        String cost = options.isEmpty() ? FeedText.textOrNull(service, "fees") : String.join("; ", options);
        if (!options.isEmpty() && FeedText.textOrNull(service, "fees") != null) {
            notes.add(Copy.of("directory.import.note.feesAndCosts"));
        }
        return cost == null ? null : bounded(cost.replace('\n', ' '), 200, "cost_options", notes);
    }

    /** An age from 0 to 25; an oldest age above 25 is no upper limit; anything else is left out, with a note. */
    private static Integer age(JsonNode service, String field, List<String> notes) {
        JsonNode value = service.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        double d = value.isNumber() ? value.doubleValue() : Double.NaN;
        if (!Double.isFinite(d)) {
            notes.add(Copy.of("directory.import.note.ageNotNumber", field));
            return null;
        }
        if (d < 0 || (d > 25 && field.equals("minimum_age"))) {
            notes.add(Copy.of("directory.import.note.ageOutOfRange", field, BigDecimal.valueOf(d).stripTrailingZeros().toPlainString()));
            return null;
        }
        if (d > 25) {
            notes.add(Copy.of("directory.import.note.ageNoLimit", field, BigDecimal.valueOf(d).stripTrailingZeros().toPlainString()));
            return null;
        }
        return (int) Math.floor(d);
    }

    /** Terms that are ours (an outcome of the framework, open access) kept; the framework's strands and levels follow from outcomes. */
    private static boolean terms(JsonNode service, Set<String> outcomes, List<String> notes) {
        boolean openAccess = false;
        List<String> others = new ArrayList<>();
        for (JsonNode attribute : FeedText.list(service, "attributes")) {
            JsonNode term = FeedText.object(attribute, "taxonomy_term");
            String code = term == null ? null : FeedText.textOrNull(term, "term");
            if (code != null && OutcomeCode.parse(code).isPresent()) {
                outcomes.add(OutcomeCode.parse(code).get().code());
            } else if ("open-access".equals(code)) {
                openAccess = true;
            } else if (code != null && (java.util.Arrays.stream(Strand.values()).anyMatch(s -> s.prefix().equals(code))
                    || java.util.Arrays.stream(Level.values()).anyMatch(l -> String.valueOf(l.number()).equals(code)))) {
                continue;
            } else {
                String label = term == null ? null : FeedText.textOrNull(term, "name");
                others.add(label == null ? (code == null ? "?" : code) : FeedText.cut(label, 60));
            }
        }
        if (!others.isEmpty()) {
            notes.add(Copy.of("directory.import.note.terms", others.size(), String.join(", ", others.stream().distinct().limit(5).toList())));
        }
        return openAccess;
    }

    private static String url(JsonNode service, List<String> notes) {
        String url = optional(service, "url", notes);
        if (url == null) {
            return null;
        }
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null && FeedText.length(url) <= 2000) {
                return url;
            }
        } catch (java.net.URISyntaxException e) {
            // said below
        }
        notes.add(Copy.of("directory.import.note.url"));
        return null;
    }

    private static String email(JsonNode service, List<String> notes) {
        String email = optional(service, "email", notes);
        if (email != null && (FeedText.length(email) > 320 || !EMAIL.matcher(email).matches())) {
            notes.add(Copy.of("directory.import.note.email"));
            return null;
        }
        return email;
    }

    /** The first phone number of the service's, or of its contacts'; the rest said in a note. */
    private static String phone(JsonNode service, List<String> notes) {
        List<String> numbers = new ArrayList<>();
        FeedText.list(service, "phones").forEach(p -> add(numbers, FeedText.textOrNull(p, "number")));
        int contacts = FeedText.count(service, "contacts");
        FeedText.list(service, "contacts").forEach(c -> FeedText.list(c, "phones").forEach(p -> add(numbers, FeedText.textOrNull(p, "number"))));
        if (contacts > 0) {
            notes.add(Copy.of("directory.import.note.contacts", contacts));
        }
        if (numbers.size() > 1) {
            notes.add(Copy.of("directory.import.note.phones", numbers.size()));
        }
        if (numbers.isEmpty()) {
            return null;
        }
        String phone = numbers.getFirst();
        if (FeedText.length(phone) > 50 || !PHONE.matcher(phone).matches()) {
            notes.add(Copy.of("directory.import.note.phone"));
            return null;
        }
        return phone;
    }

    private static void add(List<String> numbers, String number) {
        if (number != null) {
            numbers.add(number);
        }
    }
}
