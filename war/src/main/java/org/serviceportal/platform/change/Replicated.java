package org.serviceportal.platform.change;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.enterprise.util.AnnotationLiteral;
import jakarta.inject.Qualifier;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The qualifier of a {@link CommittedChange} that another node of the cluster made and this node
 * replays: such an event has no {@code @Default}, so observers qualified {@code @Default} (those that
 * act on a change) never see it, while observers without a qualifier (snapshots) do.
 */
@Qualifier
@Documented
@Retention(RUNTIME)
@Target({TYPE, METHOD, FIELD, PARAMETER})
public @interface Replicated {

    /** The literal the bus fires replicas with. */
    final class Literal extends AnnotationLiteral<Replicated> implements Replicated {
        public static final Literal INSTANCE = new Literal();
        private static final long serialVersionUID = 1L;
    }
}
