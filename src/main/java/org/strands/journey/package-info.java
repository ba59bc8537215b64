/**
 * Children's support journeys: a child known by a pseudonymous reference, support planned across levels at once,
 * functional goals scored by goal attainment scaling, ratings of function, the family's answers to questionnaires, and
 * discharge with its reason. Journeys start from access's contacts and requests, learnt through its events. Publishes
 * {@code journey_summary}, one row per journey, as the read model the impact report aggregates. Depends on platform,
 * framework, place, provision, linking and access.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Support journeys",
        allowedDependencies = {"platform", "framework", "place", "provision", "linking", "access"})
package org.strands.journey;
