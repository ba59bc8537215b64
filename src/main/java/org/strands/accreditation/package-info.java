/**
 * The schools and settings scheme: versioned criteria, cohorts, self-evaluation with evidence and an action plan,
 * the mentor's review, the area panel's decision and the certificate, and the area's view across its cohorts.
 * Depends on platform, framework, place, provision and linking.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Accreditation",
        allowedDependencies = {"platform", "framework", "place", "provision", "linking"})
package org.strands.accreditation;
