package org.serviceportal.platform.security;

import static org.serviceportal.platform.security.Role.ADMINISTRATOR;
import static org.serviceportal.platform.security.Role.EDITOR;
import static org.serviceportal.platform.security.Role.OPERATOR;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The one table of who may open which admin page, enforced by {@link AdminViewFilter}; web.xml
 * only requires some staff role for {@code /admin/*} (so that the login page is offered). The roles
 * are the {@link Role} constants that the API's {@code @RolesAllowed} use too, and a test checks
 * that each page allows the same roles as the API behind it. A page missing here is for
 * administrators only: a new page is closed until someone opens it on purpose.
 */
public final class AdminViews {

    private static final Set<Role> STAFF = EnumSet.allOf(Role.class);
    private static final Set<Role> ADMINISTRATORS = EnumSet.of(ADMINISTRATOR);
    private static final Set<Role> EDITORS = EnumSet.of(ADMINISTRATOR, EDITOR);
    private static final Set<Role> OPERATORS = EnumSet.of(ADMINISTRATOR, OPERATOR);

    /** Each admin page (its path in the portal) and the roles that may open it. */
    public static final Map<String, Set<Role>> ROLES = Map.ofEntries(
            Map.entry("/admin/index.xhtml", STAFF),
            // each staff member enrols their own second factor
            Map.entry("/admin/second-factor.xhtml", STAFF),
            Map.entry("/admin/users.xhtml", ADMINISTRATORS),
            Map.entry("/admin/tokens.xhtml", ADMINISTRATORS),
            Map.entry("/admin/audit.xhtml", ADMINISTRATORS),
            Map.entry("/admin/outbox.xhtml", ADMINISTRATORS),
            Map.entry("/admin/webhooks.xhtml", ADMINISTRATORS),
            Map.entry("/admin/backups.xhtml", ADMINISTRATORS),
            Map.entry("/admin/products.xhtml", ADMINISTRATORS),
            Map.entry("/admin/support-lines.xhtml", ADMINISTRATORS),
            Map.entry("/admin/sla-targets.xhtml", ADMINISTRATORS),
            Map.entry("/admin/calendars.xhtml", ADMINISTRATORS),
            Map.entry("/admin/incident-matrix.xhtml", ADMINISTRATORS),
            Map.entry("/admin/faq.xhtml", EDITORS),
            Map.entry("/admin/escalation-contacts.xhtml", EDITORS),
            Map.entry("/admin/newsletter.xhtml", EDITORS),
            Map.entry("/admin/subscribers.xhtml", EDITORS),
            Map.entry("/admin/outages.xhtml", OPERATORS),
            Map.entry("/admin/external-services.xhtml", OPERATORS),
            Map.entry("/admin/incidents.xhtml", OPERATORS),
            Map.entry("/admin/incident.xhtml", OPERATORS),
            Map.entry("/admin/log-incident.xhtml", OPERATORS),
            Map.entry("/admin/maintenance.xhtml", STAFF));

    private AdminViews() {
    }

    /** The roles that may open this path under {@code /admin/}; administrators only when not listed. */
    public static Set<Role> rolesFor(String path) {
        if (path.equals("/admin/") || path.equals("/admin")) {
            return STAFF;
        }
        return ROLES.getOrDefault(path, ADMINISTRATORS);
    }

    /** The container role names of {@link #rolesFor}. */
    public static Set<String> roleNamesFor(String path) {
        return rolesFor(path).stream().map(Role::roleName).collect(Collectors.toUnmodifiableSet());
    }
}
