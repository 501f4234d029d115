package org.serviceportal.platform.db;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.serviceportal.platform.audit.AuditLog;

/**
 * Records backups in the audit log, each in a transaction of its own: the backup itself runs
 * outside any transaction, so that Derby copies only committed work.
 */
@ApplicationScoped
public class BackupAudit {

    @Inject
    AuditLog audit;

    @Transactional
    public void created(DatabaseBackups.BackupView backup) {
        audit.created("Backup", backup.name(), backup);
    }

    @Transactional
    public void deleted(DatabaseBackups.BackupView backup) {
        audit.deleted("Backup", backup.name(), backup);
    }
}
