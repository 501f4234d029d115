package org.serviceportal.platform.testing;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.serviceportal.platform.config.ClockProducer;
import org.serviceportal.platform.config.MovableClock;
import org.serviceportal.platform.error.InvalidInputException;
import org.serviceportal.platform.error.NotFoundException;
import org.serviceportal.platform.schedule.PeriodicTask;
import org.serviceportal.platform.schedule.PeriodicTasks;
import org.serviceportal.platform.security.Role;

/**
 * {@code /api/v1/testing}: for tests only. On a portal started with {@code portal.testing.clock=true}
 * an administrator can move this node's clock and run a round of a periodic task now; on every other
 * portal each of these paths answers 404, as if it did not exist.
 */
@Path("testing")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.ADMINISTRATOR_NAME)
@SecurityRequirement(name = "basic")
@SecurityRequirement(name = "bearer")
@Tag(name = "Testing")
public class TestingResource {

    /**
     * Where to put the clock: either an offset from the system clock or the instant it reads now;
     * with {@code stopped} true it then stands still there instead of running on.
     */
    public record ClockChange(Long offsetSeconds, Instant instant, Boolean stopped) {
    }

    /** The node's clock: what it reads, how far it is from the system clock and whether it stands still. */
    public record ClockView(Instant now, long offsetSeconds, boolean stopped) {
    }

    @Inject
    ClockProducer clocks;

    @Inject
    PeriodicTasks tasks;

    @GET
    @Path("clock")
    @Operation(summary = "For tests only: this node's clock (404 unless portal.testing.clock is on)")
    public ClockView clock() {
        return view(movable());
    }

    @PUT
    @Path("clock")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "For tests only: move this node's clock (offsetSeconds from the system clock, or the "
            + "instant it reads now; stopped: true holds it there); every periodic task then runs a round "
            + "(404 unless portal.testing.clock is on)")
    public ClockView moveClock(@NotNull ClockChange change) {
        MovableClock clock = movable();
        if ((change.offsetSeconds() == null) == (change.instant() == null)) {
            throw new InvalidInputException("offsetSeconds", "error.testing.offsetOrInstant");
        }
        if (change.instant() != null) {
            clock.moveTo(change.instant());
        } else {
            clock.setOffset(Duration.ofSeconds(change.offsetSeconds()));
        }
        if (Boolean.TRUE.equals(change.stopped())) {
            clock.stop();
        }
        tasks.wakeAll();
        return view(clock);
    }

    @GET
    @Path("tasks")
    @Operation(summary = "For tests only: the periodic tasks with their round counters (404 unless portal.testing.clock is on)")
    public List<PeriodicTask.State> tasks() {
        movable();
        return tasks.all().stream().map(PeriodicTask::state)
                .sorted(Comparator.comparing(PeriodicTask.State::name)).toList();
    }

    @POST
    @Path("tasks/{name}/rounds")
    @Operation(summary = "For tests only: run one round of a periodic task now and answer when it finished "
            + "(404 unless portal.testing.clock is on)")
    public PeriodicTask.State runRound(@PathParam("name") String name) {
        movable();
        PeriodicTask task = tasks.find(name).orElseThrow(() -> new NotFoundException("Periodic task", name));
        task.runNow();
        return task.state();
    }

    private MovableClock movable() {
        return clocks.movable().orElseThrow(() -> new NotFoundException("Path", "/api/v1/testing"));
    }

    private static ClockView view(MovableClock clock) {
        return new ClockView(clock.instant(), clock.offset().toSeconds(), clock.stopped());
    }
}
