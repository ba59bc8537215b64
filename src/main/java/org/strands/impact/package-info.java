/**
 * Measuring impact: input, reach, quality and impact for a child, a cohort and the area, with small numbers protected
 * in every view and export, and the measures an area has chosen for each outcome. Reads the journey module's published
 * summary and access's waiting times. Depends on platform, framework, place, provision, need, access and journey.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Impact",
        allowedDependencies = {"platform", "framework", "place", "provision", "need", "access", "journey"})
package org.strands.impact;
