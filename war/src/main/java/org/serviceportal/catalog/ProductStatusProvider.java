package org.serviceportal.catalog;

/**
 * A product's live status. The catalogue does not know outages or maintenance; the feature that
 * does (status) provides the one bean of this type.
 */
public interface ProductStatusProvider {

    ProductStatus statusOf(String productCode);
}
