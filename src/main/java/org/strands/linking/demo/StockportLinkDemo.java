package org.strands.linking.demo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.modulith.ApplicationModuleInitializer;
import org.springframework.stereotype.Component;
import org.strands.linking.LinkTeam;
import org.strands.linking.TherapistInput;
import org.strands.place.AreaPlaces;
import org.strands.place.Setting;
import org.strands.platform.AreaRegistry;
import org.strands.platform.DemoMode;

/**
 * The demo's link therapist team for Stockport: 25 made-up therapists with 72 link hours a year each, based
 * at schools spread across the borough. Nobody is placed yet: a service lead does that in the product.
 */
@Component
class StockportLinkDemo implements ApplicationModuleInitializer {

    static final List<String> NAMES = List.of("Amira Hussain", "Ben Okafor", "Chloe Walsh", "Dev Patel", "Ellie Brennan",
            "Farah Khan", "George Lam", "Hannah Price", "Imran Shah", "Jess Doyle", "Kofi Mensah", "Laura Finch", "Maya Singh",
            "Niall Byrne", "Olivia Grant", "Priya Nair", "Quinn Harper", "Rosie Clarke", "Sam Adeyemi", "Tara Quinn",
            "Usman Ali", "Vicky Moss", "Will Turner", "Yasmin Reid", "Zoe Fletcher");
    static final double LINK_HOURS = 72;

    private final DemoMode demo;
    private final AreaRegistry areas;
    private final AreaPlaces places;
    private final LinkTeam team;
    private final org.strands.linking.LinkAccounts accounts;

    StockportLinkDemo(DemoMode demo, AreaRegistry areas, AreaPlaces places, LinkTeam team, org.strands.linking.LinkAccounts accounts) {
        this.accounts = accounts;
        this.demo = demo;
        this.areas = areas;
        this.places = places;
        this.team = team;
    }

    @Override
    public void initialize() {
        if (!demo.enabled()) {
            return;
        }
        areas.find("stockport").filter(area -> team.of(area).isEmpty()).ifPresent(area -> {
            List<Setting> schools = places.settings(area, AreaPlaces.SettingFilter.NONE).stream()
                    .filter(s -> !s.venue() && s.latitude() != null).sorted(Comparator.comparing(Setting::longitude)).toList();
            if (schools.size() < NAMES.size()) {
                return;
            }
            List<TherapistInput> therapists = new ArrayList<>();
            for (int i = 0; i < NAMES.size(); i++) {
                Setting base = schools.get(i * schools.size() / NAMES.size());
                therapists.add(new TherapistInput(NAMES.get(i), LINK_HOURS, base.ref(), null, null, null));
            }
            List<org.strands.linking.Therapist> placed = team.replace(area, therapists, "demo");
            accounts.link(area, placed.getFirst().id(), "practitioner", "demo"); // the demo practitioner is the first therapist
        });
    }
}
