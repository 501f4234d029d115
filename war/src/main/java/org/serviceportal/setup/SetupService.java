package org.serviceportal.setup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import org.serviceportal.incident.IncidentMatrixService;
import org.serviceportal.platform.config.PortalSettings;
import org.serviceportal.platform.i18n.CurrentLanguage;
import org.serviceportal.platform.i18n.Language;
import org.serviceportal.platform.security.Role;
import org.serviceportal.platform.security.UserService;
import org.serviceportal.platform.security.oidc.OidcSettings;
import org.serviceportal.platform.web.PublicAddress;
import org.serviceportal.servicedesk.EscalationContactService;
import org.serviceportal.servicedesk.SupportLineService;
import org.serviceportal.servicedesk.SupportLineView;

/** Works out the setup checklist from what is configured now; nothing of it is stored. */
@ApplicationScoped
public class SetupService {

    /** The lines whose address breach mails and escalations go to; line 4 (product teams, suppliers) has none of its own. */
    static final int LINES_WITH_ADDRESS = 3;

    /** The first administrator, made at first start: a shared break-glass account, not a person. */
    static final String FIRST_ADMINISTRATOR = "admin";

    @Inject
    EscalationContactService contacts;

    @Inject
    SupportLineService lines;

    @Inject
    PortalSettings settings;

    @Inject
    PublicAddress address;

    @Inject
    IncidentMatrixService matrix;

    @Inject
    UserService users;

    @Inject
    OidcSettings oidc;

    /** The checklist, in a fixed order, with its messages in {@code language}. */
    public List<SetupItem> checklist(Language language) {
        ResourceBundle bundle = ResourceBundle.getBundle(CurrentLanguage.BUNDLE, language.locale(),
                SetupService.class.getClassLoader());
        List<SetupItem> items = new ArrayList<>();

        boolean contact = contacts.list().stream().anyMatch(c -> c.email() != null && !c.email().isBlank());
        items.add(item(bundle, language, "escalation-contact", contact, "/admin/escalation-contacts.xhtml"));

        List<String> missing = lines.list().stream()
                .filter(l -> l.lineNumber() <= LINES_WITH_ADDRESS && (l.email() == null || l.email().isBlank()))
                .map(SupportLineView::lineNumber).sorted().map(String::valueOf).toList();
        items.add(item(bundle, language, "support-lines", missing.isEmpty(), "/admin/support-lines.xhtml",
                String.join(", ", missing)));

        items.add(item(bundle, language, "smtp", settings.smtpHost().isPresent(), "/admin/outbox.xhtml"));
        items.add(item(bundle, language, "base-url", address.configured(), null));
        items.add(item(bundle, language, "incident-matrix", matrix.current().confirmed(), "/admin/incident-matrix.xhtml"));

        boolean administrators = oidc.configured() || users.list().stream().anyMatch(u -> u.enabled()
                && u.roles().contains(Role.ADMINISTRATOR) && !FIRST_ADMINISTRATOR.equals(u.username()));
        items.add(item(bundle, language, "administrators", administrators, "/admin/users.xhtml"));
        return List.copyOf(items);
    }

    private static SetupItem item(ResourceBundle bundle, Language language, String key, boolean done, String fixPath,
            Object... args) {
        String pattern = bundle.getString("setup." + key + (done ? ".done" : ".missing"));
        // always through MessageFormat, so that every setup.* text writes an apostrophe as ''
        String message = new MessageFormat(pattern, language.locale()).format(args);
        return new SetupItem(key, done, message, fixPath);
    }
}
