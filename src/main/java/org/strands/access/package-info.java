/**
 * Easy access: drop-in sessions that families book or walk into without a referral, the register and the contacts
 * practitioners record with their outcomes, requests for support by every route with their milestones and
 * appointments, the statutory clocks, and the waiting times that show the effect. Depends on platform, framework,
 * place, provision and linking.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Easy access",
        allowedDependencies = {"platform", "framework", "place", "provision", "linking"})
package org.strands.access;
