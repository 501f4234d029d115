/**
 * The catalogue: products (building blocks) and the external services they depend on, such as the
 * federal FAS. Other features refer to products by code. Administrators edit it; every change is
 * audited and version-checked.
 */
package org.serviceportal.catalog;
