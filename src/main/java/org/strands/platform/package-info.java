/**
 * Areas (the tenants), people and their roles, security, the audit log, page layout, errors and the
 * database. Every other module depends on it; it depends on none.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Platform")
package org.strands.platform;
