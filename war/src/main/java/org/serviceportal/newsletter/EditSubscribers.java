package org.serviceportal.newsletter;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.StreamedContent;
import org.serviceportal.platform.web.FormActions;

/** Admin page: subscribers, searched and paged in the database; export and erasure for administrators. */
@Named
@ViewScoped
public class EditSubscribers implements Serializable {

    private static final String TABLE = ":subscribers:table";
    private static final Jsonb JSON = JsonbBuilder.create(new JsonbConfig().withFormatting(true));

    @Inject
    SubscriptionService subscriptions;

    @Inject
    FormActions actions;

    @Inject
    org.serviceportal.platform.i18n.CurrentLanguage lang;

    private String query;

    private final LazyDataModel<SubscriptionService.SubscriberView> subscribers = new Subscribers();

    private class Subscribers extends LazyDataModel<SubscriptionService.SubscriberView> {
        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) Math.min(Integer.MAX_VALUE, subscriptions.count(query));
        }

        @Override
        public List<SubscriptionService.SubscriberView> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                Map<String, FilterMeta> filterBy) {
            return subscriptions.search(query, first, pageSize);
        }

        @Override
        public String getRowKey(SubscriptionService.SubscriberView s) {
            return Long.toString(s.id());
        }
    }

    public LazyDataModel<SubscriptionService.SubscriberView> getSubscribers() {
        return subscribers;
    }

    public void search() {
        if (FacesContext.getCurrentInstance().getViewRoot().findComponent(TABLE) instanceof DataTable table) {
            table.setFirst(0);
        }
    }

    /** One subscriber's data as a JSON download (a data subject's access request). */
    public StreamedContent export(SubscriptionService.SubscriberView s) {
        byte[] json = JSON.toJson(subscriptions.export(s.id())).getBytes(StandardCharsets.UTF_8);
        return DefaultStreamedContent.builder().name("subscriber-" + s.id() + ".json").contentType("application/json")
                .contentLength((long) json.length).stream(() -> new ByteArrayInputStream(json)).build();
    }

    public void erase(SubscriptionService.SubscriberView s) {
        actions.run(() -> subscriptions.erase(s.id(), s.version()), "admin.subscribers.erased");
    }

    public String products(SubscriptionService.SubscriberView s) {
        return String.join(", ", s.products());
    }

    /** The subscriber's topics, named in the page's language. */
    public String topics(SubscriptionService.SubscriberView s) {
        return String.join(", ", s.topics().stream().map(t -> lang.text("newsletter.topic." + t + ".short")).toList());
    }

    public boolean isAdministrator() {
        return FacesContext.getCurrentInstance().getExternalContext().isUserInRole("administrator");
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String v) {
        query = v;
    }
}
