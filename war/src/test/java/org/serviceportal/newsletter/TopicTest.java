package org.serviceportal.newsletter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.serviceportal.platform.error.InvalidInputException;

class TopicTest {

    @Test
    void noChoiceMeansEveryTopic() {
        assertEquals(EnumSet.allOf(Topic.class), Topic.parse(null));
    }

    @Test
    void namesAreReadWhateverTheirCase() {
        assertEquals(EnumSet.of(Topic.OUTAGES, Topic.MAINTENANCE), Topic.parse(List.of(" outages", "Maintenance")));
    }

    @Test
    void rejectsAnUnknownTopicOrAnEmptyChoiceNamingTheField() {
        var unknown = assertThrows(InvalidInputException.class, () -> Topic.parse(List.of("OUTAGES", "WEATHER")));
        assertEquals("topics", unknown.errors().get(0).field());
        var empty = assertThrows(InvalidInputException.class, () -> Topic.parse(List.of()));
        assertEquals("topics", empty.errors().get(0).field());
    }

    @Test
    void namesFollowTheEnumsOrder() {
        assertEquals(List.of("NEWSLETTER", "OUTAGES"), Topic.names(Set.of(Topic.OUTAGES, Topic.NEWSLETTER)));
    }

    @Test
    void onlyAConfirmedRequestChangesTheTopics() {
        var s = new Subscriber("a@example.org", "nl", Instant.EPOCH, "key");
        s.request("en", List.of("p"), EnumSet.of(Topic.OUTAGES), "v", Instant.EPOCH, "hash", Instant.EPOCH);
        assertEquals(Set.of(), s.getTopics());
        s.confirm(Instant.EPOCH);
        assertEquals(Set.of(Topic.OUTAGES), s.getTopics());
        s.request("en", List.of("p"), "v", Instant.EPOCH, "hash", Instant.EPOCH);
        assertEquals(Set.of(Topic.OUTAGES), s.getTopics(), "until it is confirmed");
        s.confirm(Instant.EPOCH);
        assertEquals(EnumSet.allOf(Topic.class), s.getTopics());
    }

    @Test
    void eachKindOfMailingBelongsToOneTopic() {
        assertEquals(Topic.NEWSLETTER, NewsletterIssue.Kind.ISSUE.topic());
        assertEquals(Topic.MAINTENANCE, NewsletterIssue.Kind.REMINDER.topic());
        assertEquals(Topic.MAINTENANCE, NewsletterIssue.Kind.ANNOUNCEMENT.topic());
        assertEquals(Topic.OUTAGES, NewsletterIssue.Kind.OUTAGE_UPDATE.topic());
    }
}
