/**
 * The outcomes framework: five strands by three levels make fifteen outcomes, the five delivery
 * principles, and descriptor sets per discipline. Depends on platform only.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Framework", allowedDependencies = "platform")
package org.strands.framework;
