package org.serviceportal.platform.db;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.serviceportal.platform.web.FormActions;

/** Admin page: make an online backup of the embedded database, see and delete the backups (administrators). */
@Named
@ViewScoped
public class EditBackups implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    DatabaseBackups backups;

    @Inject
    FormActions actions;

    private Boolean supported;
    private List<DatabaseBackups.BackupView> list;

    public boolean isSupported() {
        if (supported == null) {
            supported = backups.supported();
        }
        return supported;
    }

    public List<DatabaseBackups.BackupView> getBackups() {
        if (list == null) {
            list = isSupported() ? backups.list() : List.of();
        }
        return list;
    }

    /** The folder to copy back on a restore (shown with the instructions). */
    public String databaseFolder(String name) {
        return backups.databaseFolder(name).toString();
    }

    public void create() {
        actions.run(backups::create, "admin.backups.made");
        list = null;
    }

    public void delete(String name) {
        actions.run(() -> backups.delete(name), "admin.backups.deleted");
        list = null;
    }
}
