package org.serviceportal.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestPlan;

/**
 * Gives each fork of a parallel integration-test run ports and a work folder of its own, so that two
 * test portals (each with its SMTP server, Arquillian container, cluster and Keycloak ports) run side by
 * side. Failsafe numbers its forks ({@code portal.it.fork}, from {@code surefire.forkNumber}); fork 1
 * keeps the ports it was given, fork n moves each by (n − 1) × its step before any test runs.
 * <p>
 * The steps keep clear of the offsets the tests add themselves (a crash test's portal at +7, a
 * cluster's nodes at +20 and +21 and Hazelcast +60 and +65), and of other port sets 100 apart: HTTP
 * and SMTP ports move by 300, Hazelcast ports by 3. Registered through {@code META-INF/services},
 * before any listener that reads a port.
 */
public final class ForkPorts implements TestExecutionListener {

    private static final Map<String, Integer> STEPS = Map.of(
            "portal.it.port", 300,
            "portal.it.arquillian-port", 300,
            "portal.it.smtp-port", 300,
            "portal.it.keycloak-port", 300,
            "portal.it.keycloak-management-port", 300,
            "portal.it.oidc-port", 300,
            "portal.it.hazelcast-port", 3,
            "portal.it.arquillian-hazelcast-port", 3,
            "portal.it.oidc-hazelcast-port", 3);

    private static boolean applied;

    @Override
    public void testPlanExecutionStarted(TestPlan plan) {
        apply();
    }

    /** Moves this fork's ports and work folder, once per JVM. */
    static synchronized void apply() {
        if (applied) {
            return;
        }
        applied = true;
        int fork = Integer.getInteger("portal.it.fork", 1);
        if (fork <= 1) {
            return;
        }
        STEPS.forEach((key, step) -> {
            Integer port = Integer.getInteger(key);
            if (port != null) {
                System.setProperty(key, Integer.toString(port + (fork - 1) * step));
            }
        });
        String work = System.getProperty("portal.it.work-dir");
        if (work != null) {
            // made now: the Arquillian container uses it as its temporary folder from its first start
            Path own = Path.of(work).resolve("fork-" + fork);
            try {
                Files.createDirectories(own);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            System.setProperty("portal.it.work-dir", own.toString());
        }
    }
}
