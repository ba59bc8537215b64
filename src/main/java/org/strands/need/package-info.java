/**
 * Population need: a transparent planning model that estimates, from children and deprivation, how many
 * children in each place are likely to need universal, targeted and specialist support, and how that
 * compares with what is provided. Depends on platform, framework, place and provision.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Need", allowedDependencies = {"platform", "framework", "place", "provision"})
package org.strands.need;
