/**
 * Population need: a transparent planning model that estimates, from children and deprivation, how many
 * children in each place are likely to need universal, targeted and specialist support. Depends on
 * platform and place.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Need", allowedDependencies = {"platform", "place"})
package org.strands.need;
