/**
 * Several portal nodes as one: every committed change ({@link org.serviceportal.platform.change.CommittedChange})
 * made on one node is carried to the others by {@link org.serviceportal.platform.cluster.ClusterBus}, on
 * a topic of Payara's Hazelcast data grid, as the record's class name and its JSON, and fired there
 * again with the qualifier {@link org.serviceportal.platform.change.Replicated}: the snapshots of every
 * node observe the same events, while observers that act ({@code @Default}) act only on the node
 * where the change was made.
 * <p>
 * The package knows no feature: whatever record implements {@code CommittedChange} travels. A lone
 * node, or a server without the data grid, works exactly as before.
 */
package org.serviceportal.platform.cluster;
