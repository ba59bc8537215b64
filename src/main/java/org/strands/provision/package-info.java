/**
 * Provision mapping: partners and their offers mapped to the fifteen outcome cells, the provision map
 * with its gaps, thin cells, duplication, balance and coverage, the commissioning specification, the
 * spreadsheet template and import, and the shared action plan. Depends on platform, framework and place.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Provision", allowedDependencies = {"platform", "framework", "place"})
package org.strands.provision;
