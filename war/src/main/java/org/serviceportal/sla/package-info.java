/**
 * SLA targets: per product and service window, the availability promised. Administrators change
 * them; every value is kept with the time it took effect, so reports of past periods use the value
 * of then. Read by the availability reports and the service conditions page.
 */
package org.serviceportal.sla;
