/**
 * Several portal nodes as one: changes made on one node reach the caches of the others through a
 * topic of Payara's Hazelcast data grid ({@link org.serviceportal.platform.cluster.ClusterBus}).
 * A lone node, or a server without the data grid, works exactly as before.
 */
package org.serviceportal.platform.cluster;
