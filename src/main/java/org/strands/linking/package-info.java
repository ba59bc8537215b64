/**
 * Link therapists: every school and setting has one named link therapist, whose link time follows the
 * setting's estimated need. Assignments are solved with Timefold under hard limits (capacity, every setting
 * covered) and soft wishes (keep existing links, short travel, each therapist's settings together), explain
 * themselves, and respect pinned manual choices. Depends on platform, place and need.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Link therapists", allowedDependencies = {"platform", "place", "need"})
package org.strands.linking;
