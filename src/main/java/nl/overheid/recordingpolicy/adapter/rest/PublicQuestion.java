package nl.overheid.recordingpolicy.adapter.rest;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the resources of the public questions (rules, lead times, decisions): {@link PublicQuestionAccess} guards them.
 * Inherited, so that it is seen on the container's proxy of the resource too. (Not a JAX-RS name binding: one named on
 * these classes, whose JAX-RS annotations are on the generated interfaces, was not applied; FreshStartIT showed it.)
 */
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface PublicQuestion {
}
