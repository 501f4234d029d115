/**
 * The status of the products now and over the last 90 days, and the public status page. Derived
 * from outages and maintenance windows; provides {@link org.serviceportal.catalog.ProductStatusProvider}.
 */
package org.serviceportal.status;
