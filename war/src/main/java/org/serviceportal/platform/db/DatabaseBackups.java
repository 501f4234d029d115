package org.serviceportal.platform.db;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.serviceportal.platform.error.ConflictException;
import org.serviceportal.platform.error.NotFoundException;

/**
 * Online backups of the embedded database: Derby copies a consistent image of the running database
 * (pages and log) into {@code <portal.data-dir>/backups/<name>/portal-db} while the portal keeps
 * serving. To restore, stop the portal and put that folder in the place of
 * {@code <portal.data-dir>/portal-db} (docs/operations.md). PostgreSQL is backed up with its own
 * tools ({@code pg_dump}); asked there, this answers with a conflict.
 */
@ApplicationScoped
public class DatabaseBackups {

    /** A backup on disk. {@code bytes}: the size of all its files. */
    public record BackupView(String name, Instant createdAt, long bytes) implements java.io.Serializable {
    }

    static final String DATABASE_FOLDER = "portal-db";
    private static final DateTimeFormatter NAME_TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    private static final Pattern NAME = Pattern.compile("backup-\\d{8}T\\d{6}Z(-\\d{1,3})?");
    private static final Logger LOG = Logger.getLogger(DatabaseBackups.class.getName());

    private final ReentrantLock running = new ReentrantLock();

    @Resource(lookup = DatabaseMigration.DATA_SOURCE)
    DataSource dataSource;

    @Inject
    @ConfigProperty(name = "portal.data-dir", defaultValue = "./data")
    String dataDir;

    @Inject
    Clock clock;

    @Inject
    SecurityContext security;

    @Inject
    BackupAudit audit;

    /** Whether the portal runs on the embedded database, the only one it backs up itself. */
    public boolean supported() {
        try (Connection c = dataSource.getConnection()) {
            return c.getMetaData().getDatabaseProductName().contains("Derby");
        } catch (SQLException e) {
            throw new IllegalStateException("The database does not answer", e);
        }
    }

    /** The backups on disk, newest first. */
    public List<BackupView> list() {
        Path folder = folder();
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.filter(p -> NAME.matcher(p.getFileName().toString()).matches() && Files.isDirectory(p.resolve(DATABASE_FOLDER)))
                    .map(DatabaseBackups::view)
                    .sorted(Comparator.comparing(BackupView::createdAt).reversed().thenComparing(BackupView::name, Comparator.reverseOrder()))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Makes an online backup now and records it in the audit log. One at a time: a second request
     * while one runs is refused (conflict).
     */
    public BackupView create() {
        if (!supported()) {
            throw new ConflictException("admin.backups.unsupported");
        }
        if (!running.tryLock()) {
            throw new ConflictException("admin.backups.busy");
        }
        try {
            Path target = freeName();
            Files.createDirectories(target.getParent());
            long started = System.nanoTime();
            try (Connection c = dataSource.getConnection();
                    CallableStatement call = c.prepareCall("CALL SYSCS_UTIL.SYSCS_BACKUP_DATABASE(?)")) {
                call.setString(1, target.toAbsolutePath().toString());
                call.execute();
            }
            BackupView made = view(target);
            LOG.info(() -> "Database backup " + made.name() + " made in " + (System.nanoTime() - started) / 1_000_000 + " ms, "
                    + made.bytes() + " bytes");
            audit.created(made);
            return made;
        } catch (SQLException e) {
            throw new IllegalStateException("The backup failed: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            running.unlock();
        }
    }

    /** Deletes a backup from disk (audited). */
    public void delete(String name) {
        Path backup = existing(name);
        BackupView before = view(backup);
        try (Stream<Path> paths = Files.walk(backup)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        audit.deleted(before);
    }

    /** Where a backup's database folder lies, for the restore instructions. */
    public Path databaseFolder(String name) {
        return existing(name).resolve(DATABASE_FOLDER).toAbsolutePath().normalize();
    }

    private Path existing(String name) {
        if (name == null || !NAME.matcher(name).matches() || !Files.isDirectory(folder().resolve(name).resolve(DATABASE_FOLDER))) {
            throw new NotFoundException("Backup", name);
        }
        return folder().resolve(name);
    }

    private Path freeName() {
        String base = "backup-" + NAME_TIME.format(clock.instant());
        Path candidate = folder().resolve(base);
        for (int i = 2; Files.exists(candidate); i++) {
            candidate = folder().resolve(base + "-" + i);
        }
        return candidate;
    }

    private Path folder() {
        return Path.of(dataDir).resolve("backups");
    }

    private static BackupView view(Path backup) {
        try (Stream<Path> files = Files.walk(backup)) {
            long bytes = files.filter(Files::isRegularFile).mapToLong(p -> {
                try {
                    return Files.size(p);
                } catch (IOException e) {
                    return 0;
                }
            }).sum();
            String name = backup.getFileName().toString();
            Instant created = NAME_TIME.parse(name.substring("backup-".length(), "backup-".length() + 16), Instant::from);
            return new BackupView(name, created, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
