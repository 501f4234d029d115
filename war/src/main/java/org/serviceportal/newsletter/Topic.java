package org.serviceportal.newsletter;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.serviceportal.platform.error.InvalidInputException;

/** What a subscriber wants to hear about (besides which products): each mailing belongs to one topic. */
public enum Topic {
    /** Issues that editors compose. */
    NEWSLETTER,
    /** Maintenance announced, changed, cancelled, and the reminder the day before. */
    MAINTENANCE,
    /** Outages: begun, each update, resolved. */
    OUTAGES;

    /** Every topic: what a subscription without a choice gets. */
    public static Set<Topic> all() {
        return EnumSet.allOf(Topic.class);
    }

    /**
     * The topics named by {@code codes} (case-insensitive); all of them when {@code codes} is null.
     *
     * @throws InvalidInputException (field {@code topics}) on an unknown name or an empty choice
     */
    static Set<Topic> parse(Collection<String> codes) {
        if (codes == null) {
            return all();
        }
        Set<Topic> topics = EnumSet.noneOf(Topic.class);
        for (String code : codes) {
            String name = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
            try {
                topics.add(Topic.valueOf(name));
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException("topics", "error.subscription.unknownTopic", code);
            }
        }
        if (topics.isEmpty()) {
            throw new InvalidInputException("topics", "error.subscription.topicRequired");
        }
        return topics;
    }

    /** The names, in the enum's order (for views and the stored request). */
    static List<String> names(Collection<Topic> topics) {
        List<String> names = new ArrayList<>();
        for (Topic t : values()) {
            if (topics.contains(t)) {
                names.add(t.name());
            }
        }
        return names;
    }
}
