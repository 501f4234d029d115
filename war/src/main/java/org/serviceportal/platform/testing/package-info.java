/**
 * For tests only: {@code /api/v1/testing} moves the clock of a test portal and runs periodic tasks
 * on request. Switched on by {@code portal.testing.clock=true} (the test portal of the integration
 * tests sets it); off by default, and then every path here answers 404.
 */
package org.serviceportal.platform.testing;
