package org.serviceportal.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.io.StringReader;
import java.text.MessageFormat;
import java.time.Instant;
import java.util.Collection;
import java.util.ResourceBundle;
import org.serviceportal.availability.OutageChanged;
import org.serviceportal.availability.OutageService;
import org.serviceportal.availability.OutageUpdateView;
import org.serviceportal.availability.OutageView;
import org.serviceportal.catalog.ProductService;
import org.serviceportal.catalog.ProductView;
import org.serviceportal.maintenance.MaintenanceView;
import org.serviceportal.platform.i18n.CurrentLanguage;
import org.serviceportal.platform.i18n.Formats;
import org.serviceportal.platform.i18n.Language;
import org.serviceportal.platform.web.PublicAddress;

/**
 * What a delivery says: the {@code data} of an event and its chat text (Dutch, with product names),
 * and the body of each format. A body is made once, when the delivery is enqueued, and sent as is on
 * every attempt.
 */
@ApplicationScoped
public class WebhookPayloads {

    /** The language of chat texts: the portal's default, that of its readers. */
    static final Language CHAT_LANGUAGE = Language.NL;

    private static final Jsonb JSONB = JsonbBuilder.create();

    /** One event as every webhook gets it: its name, its data and its chat text. */
    public record Message(String event, JsonObject data, String chatText) {
    }

    @Inject
    ProductService products;

    @Inject
    OutageService outages;

    @Inject
    PublicAddress address;

    /** The status page, the link every delivery carries. */
    String statusPage() {
        return address.forMail() + "/public/status.xhtml";
    }

    /** The outage's own public page, with its whole timeline. */
    String outagePage(long id) {
        return address.forMail() + "/public/outage.xhtml?id=" + id;
    }

    /**
     * The message of an outage event, all of it from the outage as {@code OutageService.get(id)}
     * hands it out (and the change's {@code updateId}, the public update that caused it, if any): the
     * one place that says what receivers learn of an outage.
     */
    public Message outage(WebhookEvent event, OutageChanged change) {
        OutageView o = outages.get(change.outageId());
        JsonObjectBuilder data = Json.createObjectBuilder()
                .add("id", o.id())
                .add("product", o.product())
                .add("productName", names(o.product()))
                .add("severity", o.severity().name())
                .add("startedAt", o.startedAt().toString());
        addOrNull(data, "endedAt", o.endedAt() == null ? null : o.endedAt().toString());
        addOrNull(data, "causedBy", o.causedBy());
        if (o.title() == null) {
            data.add("title", JsonValue.NULL);
        } else {
            data.add("title", Json.createObjectBuilder().add("nl", o.title().nl()).add("en", o.title().en()));
        }
        // the public update that caused this event; none for a correction or a close without one
        OutageUpdateView update = change.updateId() == null ? null : o.update(change.updateId()).orElse(null);
        if (update == null) {
            data.add("update", JsonValue.NULL);
        } else {
            data.add("update", Json.createObjectBuilder().add("id", update.id()).add("status", update.status().name())
                    .add("message", Json.createObjectBuilder().add("nl", update.message().nl()).add("en", update.message().en()))
                    .add("at", update.at().toString()));
        }
        data.add("outagePage", outagePage(o.id()));
        data.add("statusPage", statusPage());
        String text = text("webhook.chat." + event.eventName(), productName(o.product()),
                text("severity." + o.severity().name()), time(o.startedAt()), o.endedAt() == null ? "" : time(o.endedAt()),
                outagePage(o.id()));
        if (o.title() != null) {
            text = o.title().nl() + " — " + text;
        }
        if (update != null) {
            text = text + "\n" + text("notices.update." + update.status().name()) + ": " + update.message().nl();
        }
        return new Message(event.eventName(), data.build(), text);
    }

    /** The message of a maintenance event: the window as the API shows it, and the status page. */
    public Message maintenance(WebhookEvent event, MaintenanceView w) {
        JsonObject window;
        try (var reader = Json.createReader(new StringReader(JSONB.toJson(w)))) {
            window = reader.readObject();
        }
        JsonObject data = Json.createObjectBuilder(window).add("statusPage", statusPage()).build();
        String text = text("webhook.chat." + event.eventName(), productNames(w.products()),
                w.title().nl(), time(w.startsAt()), time(w.endsAt()), statusPage());
        return new Message(event.eventName(), data, text);
    }

    /** The message of the "send test" action. */
    public Message test(long webhookId) {
        JsonObject data = Json.createObjectBuilder().add("webhook", webhookId)
                .add("message", text("webhook.chat.webhook.test", "", "", "", "", statusPage()))
                .add("statusPage", statusPage()).build();
        return new Message(WebhookEvent.TEST, data, text("webhook.chat.webhook.test", "", "", "", "", statusPage()));
    }

    /** The body a webhook of this format gets for the message, as delivery {@code deliveryKey}. */
    static String body(Webhook.Format format, String deliveryKey, Instant occurredAt, Message m) {
        if (format == Webhook.Format.CHAT) {
            return Json.createObjectBuilder().add("text", m.chatText()).build().toString();
        }
        return Json.createObjectBuilder().add("id", deliveryKey).add("event", m.event())
                .add("occurredAt", occurredAt.toString()).add("data", m.data()).build().toString();
    }

    private JsonObject names(String code) {
        var p = products.find(code);
        return Json.createObjectBuilder().add("nl", p.map(ProductView::nameNl).orElse(code))
                .add("en", p.map(ProductView::nameEn).orElse(code)).build();
    }

    private String productName(String code) {
        return products.find(code).map(p -> p.name(CHAT_LANGUAGE)).orElse(code);
    }

    private String productNames(Collection<String> codes) {
        return String.join(", ", codes.stream().map(this::productName).toList());
    }

    private static void addOrNull(JsonObjectBuilder b, String name, String value) {
        if (value == null) {
            b.add(name, JsonValue.NULL);
        } else {
            b.add(name, value);
        }
    }

    static String time(Instant t) {
        return Formats.longDateTime(t, CHAT_LANGUAGE) + " " + text("webhook.chat.zone");
    }

    static String text(String key, Object... args) {
        String pattern = ResourceBundle.getBundle(CurrentLanguage.BUNDLE, CHAT_LANGUAGE.locale(),
                WebhookPayloads.class.getClassLoader()).getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, CHAT_LANGUAGE.locale()).format(args);
    }
}
