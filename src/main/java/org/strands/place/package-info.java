/**
 * Places: national reference data (small areas with deprivation and child population, wards, districts,
 * schools and settings from GIAS) and each area's view over it, its localities and its own venues.
 * Depends on platform.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Place", allowedDependencies = "platform")
package org.strands.place;
