package org.serviceportal.platform.cluster;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.topic.ITopic;
import jakarta.enterprise.inject.Vetoed;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * The topic of the server's own Hazelcast member that carries the committed changes ({@link ChangeMessage}). Kept apart
 * from {@link ClusterBus} so that the data grid's classes are loaded only where the server has them.
 */
@Vetoed
final class HazelcastTopic {

    static final String NAME = "org.serviceportal.changes";

    private final HazelcastInstance member;
    private final ITopic<String> topic;
    private final UUID registration;

    /** Listens on the topic; {@code received} gets each message that another member published. */
    HazelcastTopic(Object instance, Consumer<String> received) {
        this.member = (HazelcastInstance) instance;
        this.topic = member.getTopic(NAME);
        this.registration = topic.addMessageListener(message -> {
            if (message.getPublishingMember() == null || !message.getPublishingMember().localMember()) {
                received.accept(message.getMessageObject());
            }
        });
    }

    void publish(String message) {
        topic.publish(message);
    }

    int members() {
        return member.getCluster().getMembers().size();
    }

    void close() {
        topic.removeMessageListener(registration);
    }
}
