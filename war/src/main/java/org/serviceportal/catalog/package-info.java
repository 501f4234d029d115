/**
 * The catalogue: products (building blocks) and the external services they depend on, such as the
 * federal FAS. Other features refer to products by code. Administrators edit it; every change is
 * audited and version-checked.
 * <p>
 * An external service's <em>fall-back</em> (for FAS: the eID back-up process) is announced only
 * while an operator or administrator has switched it on ({@link org.serviceportal.catalog.ExternalService#switchFallback},
 * through {@code ProductService.switchFallback}, the API and the admin page {@code SwitchFallback}),
 * with a message in both languages. Each switch is audited and announced by
 * {@link org.serviceportal.catalog.ExternalServiceChanged}, which the status page, the status API
 * and the banner observe on every node. The service's own status is derived by the status feature
 * from the outages it causes ({@link org.serviceportal.catalog.ProductStatusProvider#statusOfExternal}).
 */
package org.serviceportal.catalog;
