package org.serviceportal.platform.mail;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.serviceportal.platform.config.PortalSettings;
import org.serviceportal.platform.web.FormActions;

/** Admin page: the mail outbox, paged in the database, with a retry for given-up mail (administrators). */
@Named
@ViewScoped
public class ViewOutbox implements Serializable {

    private static final String TABLE = ":outbox:table";

    @Inject
    MailOutbox outbox;

    @Inject
    PortalSettings settings;

    @Inject
    FormActions actions;

    /** Null: every status. */
    private OutboxMessage.Status status;

    private final LazyDataModel<MailOutbox.MessageView> messages = new Messages();

    /** Pages the outbox through the database: a newsletter can put thousands of mails in it. */
    private class Messages extends LazyDataModel<MailOutbox.MessageView> {

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) Math.min(Integer.MAX_VALUE, outbox.count(status));
        }

        @Override
        public List<MailOutbox.MessageView> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                Map<String, FilterMeta> filterBy) {
            return outbox.list(status, first, pageSize);
        }

        @Override
        public String getRowKey(MailOutbox.MessageView message) {
            return Long.toString(message.id());
        }
    }

    public LazyDataModel<MailOutbox.MessageView> getMessages() {
        return messages;
    }

    /** Without an SMTP server nothing is sent: mail stays here to be read. */
    public boolean isSmtpConfigured() {
        return settings.smtpHost().isPresent();
    }

    public OutboxMessage.Status[] getStatuses() {
        return OutboxMessage.Status.values();
    }

    public String getStatus() {
        return status == null ? null : status.name();
    }

    public void setStatus(String v) {
        status = v == null || v.isBlank() ? null : OutboxMessage.Status.valueOf(v);
    }

    /** Applies the status filter: the table starts again at its first page. */
    public void search() {
        if (FacesContext.getCurrentInstance().getViewRoot().findComponent(TABLE) instanceof DataTable table) {
            table.setFirst(0);
        }
    }

    public void retry(MailOutbox.MessageView m) {
        actions.run(() -> outbox.retry(m.id()), "admin.outbox.message.retried");
    }
}
