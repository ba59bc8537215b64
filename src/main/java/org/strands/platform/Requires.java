package org.strands.platform;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The permission a request handler needs, by key (a constant of the module's {@link DeclaredPermissions}).
 * It is checked before the handler runs and before its input is read: on an area's path
 * ({@code {area}}), a person who does not belong to the area gets 404 and a member without the permission
 * 403; elsewhere only the system administrator passes. Every handler carries this, {@link Public} or
 * {@link SignedIn}; the application does not start otherwise.
 */
@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface Requires {

    String value();
}
