package org.serviceportal.testing;

import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestPlan;

/**
 * Launches Keycloak when a test run begins whose plan holds a test that signs in through it, so that
 * its slow first start overlaps the tests that run before. Registered through
 * {@code META-INF/services}; a run without such a test (the unit tests, one chosen IT) starts nothing.
 */
public final class KeycloakEarlyStart implements TestExecutionListener {

    static final String USER = "org.serviceportal.platform.security.OidcSignInIT";

    @Override
    public void testPlanExecutionStarted(TestPlan plan) {
        boolean needed = plan.getRoots().stream().flatMap(root -> plan.getDescendants(root).stream())
                .anyMatch(id -> id.getSource().filter(ClassSource.class::isInstance)
                        .map(s -> ((ClassSource) s).getClassName()).filter(USER::equals).isPresent());
        if (needed) {
            try {
                Keycloak.launch();
            } catch (RuntimeException e) {
                // OidcSignInIT launches it again and fails with the reason
                System.err.println("Keycloak not launched early: " + e.getMessage());
            }
        }
    }

}
