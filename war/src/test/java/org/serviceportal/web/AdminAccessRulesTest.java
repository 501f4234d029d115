package org.serviceportal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.serviceportal.availability.OutageResource;
import org.serviceportal.catalog.ExternalServiceResource;
import org.serviceportal.catalog.ProductResource;
import org.serviceportal.faq.FaqResource;
import org.serviceportal.incident.IncidentBoardResource;
import org.serviceportal.incident.IncidentMatrixResource;
import org.serviceportal.incident.IncidentResource;
import org.serviceportal.maintenance.MaintenanceResource;
import org.serviceportal.newsletter.IssueResource;
import org.serviceportal.newsletter.SubscriberResource;
import org.serviceportal.platform.audit.AuditResource;
import org.serviceportal.platform.db.BackupResource;
import org.serviceportal.platform.mail.OutboxResource;
import org.serviceportal.platform.security.AdminViews;
import org.serviceportal.platform.security.ApiTokenResource;
import org.serviceportal.platform.security.Role;
import org.serviceportal.platform.security.UserResource;
import org.serviceportal.servicedesk.ServiceDeskResources;
import org.serviceportal.sla.SlaTargetResource;
import org.serviceportal.webhook.WebhookResource;

/** The page roles (AdminViews) and the API roles (@RolesAllowed) tell the same story. */
class AdminAccessRulesTest {

    /** Each admin page and the API that does the same work. */
    private static final Map<String, Class<?>[]> API_BEHIND = Map.ofEntries(
            Map.entry("/admin/users.xhtml", new Class<?>[] {UserResource.class}),
            Map.entry("/admin/tokens.xhtml", new Class<?>[] {ApiTokenResource.class}),
            Map.entry("/admin/audit.xhtml", new Class<?>[] {AuditResource.class}),
            Map.entry("/admin/outbox.xhtml", new Class<?>[] {OutboxResource.class}),
            Map.entry("/admin/webhooks.xhtml", new Class<?>[] {WebhookResource.class}),
            Map.entry("/admin/backups.xhtml", new Class<?>[] {BackupResource.class}),
            Map.entry("/admin/products.xhtml", new Class<?>[] {ProductResource.class}),
            Map.entry("/admin/sla-targets.xhtml", new Class<?>[] {SlaTargetResource.class}),
            Map.entry("/admin/incident-matrix.xhtml", new Class<?>[] {IncidentMatrixResource.class}),
            Map.entry("/admin/faq.xhtml", new Class<?>[] {FaqResource.class}),
            Map.entry("/admin/newsletter.xhtml", new Class<?>[] {IssueResource.class}),
            Map.entry("/admin/subscribers.xhtml", new Class<?>[] {SubscriberResource.class}),
            Map.entry("/admin/outages.xhtml", new Class<?>[] {OutageResource.class}),
            Map.entry("/admin/external-services.xhtml", new Class<?>[] {ExternalServiceResource.class}),
            Map.entry("/admin/incidents.xhtml", new Class<?>[] {IncidentResource.class, IncidentBoardResource.class}),
            Map.entry("/admin/maintenance.xhtml", new Class<?>[] {MaintenanceResource.class}),
            Map.entry("/admin/escalation-contacts.xhtml", new Class<?>[] {ServiceDeskResources.EscalationContactResource.class}),
            Map.entry("/admin/support-lines.xhtml", new Class<?>[] {ServiceDeskResources.SupportLineResource.class}));

    @Test
    void everyAdminPageIsInTheTable() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("src/main/webapp/admin"))) {
            Set<String> pages = files.map(p -> "/admin/" + p.getFileName()).filter(p -> p.endsWith(".xhtml"))
                    .collect(Collectors.toCollection(TreeSet::new));
            assertEquals(pages, new TreeSet<>(AdminViews.ROLES.keySet()));
        }
    }

    @Test
    void backupsAreForAdministratorsOnly() {
        assertEquals(Set.of(Role.ADMINISTRATOR), AdminViews.rolesFor("/admin/backups.xhtml"));
    }

    @Test
    void aPageMissingFromTheTableIsForAdministratorsOnly() {
        assertEquals(Set.of(Role.ADMINISTRATOR), AdminViews.rolesFor("/admin/new-page.xhtml"));
        assertEquals(Set.of(Role.ADMINISTRATOR), AdminViews.rolesFor("/admin/BACKUPS.xhtml"));
    }

    @Test
    void eachPageAllowsTheRolesOfTheApiBehindIt() {
        API_BEHIND.forEach((page, resources) -> {
            Set<String> api = new TreeSet<>();
            for (Class<?> resource : resources) {
                api.addAll(apiRoles(resource));
            }
            assertEquals(new TreeSet<>(AdminViews.roleNamesFor(page)), api, page);
        });
    }

    @Test
    void administratorsMayOpenEveryPage() {
        AdminViews.ROLES.forEach((page, roles) -> assertTrue(roles.contains(Role.ADMINISTRATOR), page));
    }

    /** The roles any guarded operation of the resource allows (public operations count for none). */
    private static Set<String> apiRoles(Class<?> resource) {
        Set<String> roles = new TreeSet<>();
        for (Method m : resource.getDeclaredMethods()) {
            if (!(m.isAnnotationPresent(GET.class) || m.isAnnotationPresent(POST.class)
                    || m.isAnnotationPresent(PUT.class) || m.isAnnotationPresent(DELETE.class))) {
                continue;
            }
            RolesAllowed allowed = m.getAnnotation(RolesAllowed.class);
            if (allowed == null) {
                allowed = resource.getAnnotation(RolesAllowed.class);
            }
            if (allowed != null) {
                roles.addAll(Arrays.asList(allowed.value()));
            }
        }
        return roles;
    }
}
