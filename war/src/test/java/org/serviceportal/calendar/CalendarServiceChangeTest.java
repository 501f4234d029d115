package org.serviceportal.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.serviceportal.platform.audit.AuditLog;

/**
 * The calendars {@link CalendarService} hands out follow a day off added at once after the commit,
 * and a reader between the change and its commit (or a build that straddles the commit) never leaves
 * the old calendars behind. The service is wired here as the container wires it: its events are
 * delivered to its own observers in their transaction phase, and the database is a small stand-in
 * that shows a writer's rows to others only once it commits.
 */
class CalendarServiceChangeTest {

    /** Wednesday: the day off the tests add. */
    static final LocalDate DAY_OFF = LocalDate.of(2026, 12, 9);

    /** An hour of office time from Tuesday 16:30 ends on Wednesday, or on Thursday when Wednesday is off. */
    static final ZonedDateTime REPORTED = ZonedDateTime.of(2026, 12, 8, 16, 30, 0, 0, ServiceCalendar.BRUSSELS);

    final Database db = new Database();
    CalendarService service;

    @BeforeEach
    void wire() throws Exception {
        service = new CalendarService();
        set(service, "em", db.entityManager());
        set(service, "audit", new AuditLog() {
            @Override
            public void created(String entityType, Object id, Object after) {
            }

            @Override
            public void deleted(String entityType, Object id, Object before) {
            }
        });
        set(service, "changed", db.events(service));
        set(service, "clock", Clock.systemUTC());
        for (Method m : CalendarService.class.getDeclaredMethods()) {
            if (m.isAnnotationPresent(PostConstruct.class)) {
                m.setAccessible(true);
                m.invoke(service);
            }
        }
    }

    private static ZonedDateTime dueAfterOneHour(ServiceCalendar c) {
        return c.plusOpenTime(REPORTED.toInstant(), Duration.ofHours(1)).atZone(ServiceCalendar.BRUSSELS);
    }

    @Test
    void aDayOffAddedIsSeenRightAfterTheCommitEvenWhenSomeoneReadInBetween() {
        assertEquals(9, dueAfterOneHour(service.calendar("office")).getDayOfMonth(), "before: due on Wednesday");

        db.begin();
        service.addHoliday(DAY_OFF, "Brugdag", "Bridge day");
        // a request in the gap between the change and its commit reads the old days off
        assertFalse(service.calendar("office").isHoliday(DAY_OFF));
        db.commit();

        ServiceCalendar after = service.calendar("office");
        assertTrue(after.isHoliday(DAY_OFF), "the day off is seen right after the commit");
        assertEquals(10, dueAfterOneHour(after).getDayOfMonth(), "due on Thursday");
    }

    @Test
    void aBuildThatReadTheOldDaysOffBeforeTheCommitIsNotKept() throws Exception {
        var reading = new CountDownLatch(1);
        var release = new CountDownLatch(1);
        var seen = new AtomicReference<ServiceCalendar>();
        var failure = new AtomicReference<Throwable>();
        Thread reader = new Thread(() -> {
            try {
                seen.set(service.calendar("office"));
            } catch (Throwable t) {
                failure.set(t);
            }
        });
        db.slowReader(reader, reading, release);
        reader.start();
        assertTrue(reading.await(10, TimeUnit.SECONDS), "the reader read the days off");

        db.begin();
        service.addHoliday(DAY_OFF, "Brugdag", "Bridge day");
        db.commit();
        release.countDown();
        reader.join(TimeUnit.SECONDS.toMillis(10));
        assertFalse(reader.isAlive());
        assertEquals(null, failure.get());
        assertFalse(seen.get().isHoliday(DAY_OFF), "the reader saw the days off as they were when it read");

        assertTrue(service.calendar("office").isHoliday(DAY_OFF), "but what it built is not kept");
        assertEquals(10, dueAfterOneHour(service.calendar("office")).getDayOfMonth());
    }

    @Test
    void aDayOffRemovedIsGoneRightAfterTheCommit() {
        db.begin();
        var added = service.addHoliday(DAY_OFF, "Brugdag", "Bridge day");
        db.commit();
        assertTrue(service.calendar("office").isHoliday(DAY_OFF));

        db.begin();
        service.removeHoliday(added.id());
        assertTrue(service.calendar("office").isHoliday(DAY_OFF), "not before the commit");
        db.commit();
        assertFalse(service.calendar("office").isHoliday(DAY_OFF));
    }

    // ---- the stand-in for the container and the database ----------------------------------------

    private static void set(Object target, String field, Object value) throws ReflectiveOperationException {
        Field f;
        try {
            f = target.getClass().getDeclaredField(field);
        } catch (NoSuchFieldException e) {
            return; // the service does not need it
        }
        f.setAccessible(true);
        f.set(target, value);
    }

    /**
     * Committed rows, the rows of the one open transaction (visible to nobody else until it commits),
     * and the events fired in that transaction, delivered to the service's observers as the
     * container does: {@code IN_PROGRESS} at once, {@code AFTER_SUCCESS} and {@code AFTER_COMPLETION}
     * after the commit.
     */
    static final class Database {
        final List<CalendarDefinition> definitions = List.of(office());
        final List<ExtraHoliday> holidays = new CopyOnWriteArrayList<>();
        final List<ExtraHoliday> added = new ArrayList<>();
        final List<ExtraHoliday> removed = new ArrayList<>();
        final List<Object> fired = new ArrayList<>();
        final AtomicLong ids = new AtomicLong();
        Object observer;
        volatile Thread slow;
        CountDownLatch reading;
        CountDownLatch release;

        void begin() {
            added.clear();
            removed.clear();
            fired.clear();
        }

        void commit() {
            holidays.addAll(added);
            holidays.removeAll(removed);
            for (Object event : fired) {
                deliver(event, TransactionPhase.AFTER_SUCCESS);
                deliver(event, TransactionPhase.AFTER_COMPLETION);
            }
            begin();
        }

        void slowReader(Thread thread, CountDownLatch reading, CountDownLatch release) {
            this.reading = reading;
            this.release = release;
            this.slow = thread;
        }

        private void deliver(Object event, TransactionPhase phase) {
            for (Method m : observer.getClass().getDeclaredMethods()) {
                for (Parameter p : m.getParameters()) {
                    Observes o = p.getAnnotation(Observes.class);
                    if (o != null && o.during() == phase && p.getType().isInstance(event)) {
                        try {
                            m.setAccessible(true);
                            m.invoke(observer, event);
                        } catch (IllegalAccessException | InvocationTargetException e) {
                            throw new IllegalStateException(e);
                        }
                    }
                }
            }
        }

        @SuppressWarnings("unchecked")
        Event<CalendarChanged> events(Object service) {
            this.observer = service;
            return (Event<CalendarChanged>) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Event.class},
                    (proxy, method, args) -> {
                        if (method.getName().equals("fire")) {
                            fired.add(args[0]);
                            deliver(args[0], TransactionPhase.IN_PROGRESS);
                            return null;
                        }
                        throw new UnsupportedOperationException(method.getName());
                    });
        }

        EntityManager entityManager() {
            return (EntityManager) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {EntityManager.class},
                    (proxy, method, args) -> switch (method.getName()) {
                        case "createNamedQuery" -> query((String) args[0]);
                        case "persist" -> {
                            ExtraHoliday h = (ExtraHoliday) args[0];
                            Field id = ExtraHoliday.class.getDeclaredField("id");
                            id.setAccessible(true);
                            id.set(h, ids.incrementAndGet());
                            added.add(h);
                            yield null;
                        }
                        case "find" -> holidays.stream().filter(h -> h.getId().equals(args[1])).findFirst().orElse(null);
                        case "remove" -> {
                            removed.add((ExtraHoliday) args[0]);
                            yield null;
                        }
                        case "flush" -> null;
                        default -> throw new UnsupportedOperationException(method.getName());
                    });
        }

        private TypedQuery<?> query(String name) {
            return (TypedQuery<?>) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {TypedQuery.class},
                    (proxy, method, args) -> {
                        List<?> rows = switch (name) {
                            case ExtraHoliday.FIND_ALL -> List.copyOf(holidays);
                            case CalendarDefinition.FIND_ALL -> definitions;
                            default -> throw new UnsupportedOperationException(name);
                        };
                        if (name.equals(ExtraHoliday.FIND_ALL) && Thread.currentThread() == slow) {
                            // the rows are read; the reader is slow to go on
                            reading.countDown();
                            if (!release.await(10, TimeUnit.SECONDS)) {
                                throw new IllegalStateException("never released");
                            }
                        }
                        return switch (method.getName()) {
                            case "getResultList" -> rows;
                            case "getResultStream" -> rows.stream();
                            case "setParameter", "setMaxResults", "setFirstResult" -> proxy;
                            default -> throw new UnsupportedOperationException(method.getName());
                        };
                    });
        }

        /** Monday to Friday, 8:00 to 17:00, Brussels, without the public holidays and days off. */
        private static CalendarDefinition office() {
            try {
                var d = new CalendarDefinition();
                set(d, "id", 1L);
                set(d, "code", "office");
                set(d, "zoneId", "Europe/Brussels");
                set(d, "kind", CalendarDefinition.Kind.WEEKLY);
                d.setExcludesHolidays(true);
                List<CalendarDefinition.Range> ranges = new ArrayList<>();
                for (int day = 1; day <= 5; day++) {
                    ranges.add(new CalendarDefinition.Range(day, 8 * 60, 17 * 60));
                }
                d.changeRanges(java.time.Instant.EPOCH, "system", ranges);
                return d;
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
