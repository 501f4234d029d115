package org.serviceportal.catalog;

/**
 * A product's live status. The catalogue does not know outages or maintenance; the feature that
 * does (status) provides the one bean of this type.
 */
public interface ProductStatusProvider {

    ProductStatus statusOf(String productCode);

    /**
     * An external service's live status: the worst of the open outages it causes (DEGRADED,
     * PARTIAL_OUTAGE or MAJOR_OUTAGE), else OPERATIONAL.
     */
    ProductStatus statusOfExternal(String externalCode);
}
