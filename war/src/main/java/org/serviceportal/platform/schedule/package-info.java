/**
 * Periodic jobs: {@link org.serviceportal.platform.schedule.PeriodicTasks} starts a feature's job
 * as a {@link org.serviceportal.platform.schedule.PeriodicTask} (interval from the feature's setting,
 * one round at a time, a failed round logged and the schedule kept, a round counter that tests wait
 * on). A job decides what is due by the injected {@link java.time.Clock}, never by its own timer, so
 * a test that moves the clock and asks for a round sees the effect at once.
 */
package org.serviceportal.platform.schedule;
