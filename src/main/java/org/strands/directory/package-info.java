/**
 * The information resource: one accessible place per area to find local support for children's speech, language and
 * communication, organised by the framework, and its Open Referral UK feed. Entries come from the area's published
 * provision offers (kept in step with them, drop-ins included) and from entries the area writes or imports. Depends
 * on platform, framework, place, provision and access.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Directory",
        allowedDependencies = {"platform", "framework", "place", "provision", "access"})
package org.strands.directory;
