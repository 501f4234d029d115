package org.serviceportal.catalog;

/** A product's status as the public contract names it. */
public enum ProductStatus {
    OPERATIONAL, DEGRADED, PARTIAL_OUTAGE, MAJOR_OUTAGE, MAINTENANCE
}
