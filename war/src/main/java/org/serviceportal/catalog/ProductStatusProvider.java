package org.serviceportal.catalog;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * A product's live status. Outages and maintenance windows decide it once they are recorded; until
 * then every product is operational. Features that know better specialise this bean.
 */
@ApplicationScoped
public class ProductStatusProvider {

    public ProductStatus statusOf(String productCode) {
        return ProductStatus.OPERATIONAL;
    }
}
