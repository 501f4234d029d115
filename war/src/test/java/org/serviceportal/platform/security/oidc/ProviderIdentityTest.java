package org.serviceportal.platform.security.oidc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ProviderIdentityTest {

    @Test
    void mapsTheRolesClaimOntoThePortalsRolesIgnoringCaseAndOtherValues() {
        var id = ProviderIdentity.of(Map.of("sub", "f3a9", "preferred_username", "jan", "name", "Jan Jansen",
                "email", "jan@example.org", "roles", List.of("Administrator", "offline_access", "editor")), "roles");
        assertEquals(new ProviderIdentity("f3a9", "jan", "Jan Jansen", "jan@example.org", Set.of("administrator", "editor")), id);
    }

    @Test
    void followsADottedPathIntoNestedClaims() {
        var claims = Map.<String, Object>of("sub", "s1", "realm_access", Map.of("roles", List.of("operator")));
        assertEquals(Set.of("operator"), ProviderIdentity.of(claims, "realm_access.roles").roles());
    }

    @Test
    void aMissingOrForeignRolesClaimGivesNoRoles() {
        assertEquals(Set.of(), ProviderIdentity.of(Map.of("sub", "s1"), "roles").roles());
        assertEquals(Set.of(), ProviderIdentity.of(Map.of("sub", "s1", "roles", List.of("admin")), "roles").roles());
        assertEquals(Set.of("editor"), ProviderIdentity.of(Map.of("sub", "s1", "roles", "editor unrelated"), "roles").roles());
    }

    @Test
    void theSubjectNamesAUserWithoutAPreferredUsername() {
        var id = ProviderIdentity.of(Map.of("sub", "248289761001"), "roles");
        assertEquals("248289761001", id.username());
        assertNull(id.email());
    }
}
