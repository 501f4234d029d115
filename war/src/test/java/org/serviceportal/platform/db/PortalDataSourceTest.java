package org.serviceportal.platform.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

class PortalDataSourceTest {

    @Test
    void withoutADatabaseUrlItIsTheEmbeddedDerbyInTheDataFolder() {
        var ds = PortalDataSource.create(settings(Map.of("portal.data-dir", "/srv/portal")));
        var derby = assertInstanceOf(EmbeddedDataSource.class, ds);
        assertEquals(Path.of("/srv/portal/portal-db").toAbsolutePath().toString(), derby.getDatabaseName());
    }

    @Test
    void aPostgresqlUrlChoosesPostgresqlAndAnyOtherUrlIsRefused() {
        var ds = PortalDataSource.create(settings(Map.of("portal.db.url", "jdbc:postgresql://db/portal",
                "portal.db.user", "portal")));
        var pg = assertInstanceOf(PGSimpleDataSource.class, ds);
        assertEquals("portal", pg.getUser());
        assertThrows(IllegalStateException.class,
                () -> PortalDataSource.create(settings(Map.of("portal.db.url", "jdbc:derby:memory:x"))));
    }

    @Test
    void beforeMicroProfileConfigIsThereSystemPropertiesAreRead() {
        String key = "portal.test-only.setting";
        assertTrue(PortalDataSource.systemSetting(key).isEmpty());
        System.setProperty(key, "value");
        try {
            assertEquals(Optional.of("value"), PortalDataSource.systemSetting(key));
        } finally {
            System.clearProperty(key);
        }
    }

    private static Function<String, Optional<String>> settings(Map<String, String> values) {
        return key -> Optional.ofNullable(values.get(key));
    }
}
