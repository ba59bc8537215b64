package org.strands.support;

import org.strands.platform.AreaRegistry;
import org.strands.platform.DemoAccounts;
import org.strands.platform.People;

/** Areas that tests may change freely, so that the demo area other tests count stays as seeded. */
public final class TestAreas {

    private TestAreas() {
    }

    /** Creates a copy of Stockport under the slug (once) and gives the demo accounts named their demo roles in it. */
    public static void copyOfStockport(int port, People people, AreaRegistry areas, String slug, String... members) {
        Api.at(port).as("admin", "demo").post("/api/v1/areas",
                "{\"slug\":\"" + slug + "\",\"name\":\"Stockport (" + slug + ")\",\"laCodes\":[\"E08000007\"]}");
        long areaId = areas.find(slug).orElseThrow().id();
        for (String user : members) {
            people.grant(user, areaId, DemoAccounts.ROLES.get(user));
        }
    }
}
