package org.serviceportal.platform.audit;

import org.serviceportal.platform.change.CommittedChange;

/**
 * A change that staff (or the system) made and the audit log recorded: fired by {@link AuditLog}
 * in the transaction of the change, so every audited change of any feature is also a committed
 * change (the public pages served from snapshots are rendered again after it), without each
 * feature announcing edits that no cache of its own needs to hear about. Features still fire their
 * own typed events for what their caches observe.
 *
 * @param action     CREATE, UPDATE or DELETE
 * @param entityType the kind of record, as the audit log names it ({@code FaqEntry})
 * @param entityId   its id, as text
 */
public record AuditedChange(String action, String entityType, String entityId) implements CommittedChange {
}
