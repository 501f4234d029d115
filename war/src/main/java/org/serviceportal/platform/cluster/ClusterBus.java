package org.serviceportal.platform.cluster;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ContextService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * Tells the other nodes of the cluster about every committed change that makes their caches stale
 * (the features {@link #publish} them after their commits), and turns the other nodes' messages into
 * local {@link ClusterChange} events. The messages travel on a topic of
 * the Hazelcast member that Payara runs in every node ({@code payara/Hazelcast} in JNDI); a message
 * is sent after the commit, so a node that receives it reads the new data.
 * <p>
 * Without the data grid (Payara Micro with {@code --nocluster}, another application server) the bus
 * is local only and nothing changes: every node then keeps to its caches' own lifetimes.
 */
@ApplicationScoped
public class ClusterBus {

    private static final Logger LOG = Logger.getLogger(ClusterBus.class.getName());
    static final String JNDI_NAME = "payara/Hazelcast";

    @Inject
    Event<ClusterChange> received;

    /**
     * Messages arrive on the data grid's threads, which know nothing of the application: they are
     * received through a proxy that carries the application's context (naming, class loader), so
     * that beans reached from there get their persistence contexts and resources.
     */
    @Resource
    ContextService contexts;

    /** What receives the messages of the other nodes. */
    public interface Inbox {
        void receive(String message);
    }

    private volatile HazelcastTopic topic;

    /** Joins the topic when the application starts, so that changes of other nodes reach this one from the start. */
    void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
        Object member;
        try {
            member = new InitialContext().lookup(JNDI_NAME);
        } catch (NamingException | RuntimeException e) {
            LOG.info("No data grid in this server: caches are refreshed by this node's changes only");
            return;
        }
        try {
            Inbox inbox = contexts.createContextualProxy((Inbox) this::receive, Inbox.class);
            topic = new HazelcastTopic(member, inbox::receive);
            LOG.info(() -> "Cache changes are shared with the cluster (" + topic.members() + " member(s) now)");
        } catch (RuntimeException | LinkageError e) {
            LOG.log(Level.WARNING, "The data grid cannot be used: caches are refreshed by this node's changes only", e);
        }
    }

    /** Whether changes reach the other nodes (this node is part of a data grid). */
    public boolean shared() {
        return topic != null;
    }

    /** Tells the other nodes that something changed; call it after the change committed. */
    public void publish(ClusterChange change) {
        HazelcastTopic t = topic;
        if (t == null) {
            return;
        }
        try {
            t.publish(change.encode());
        } catch (RuntimeException e) {
            // The change is committed; the others follow within their caches' lifetimes.
            LOG.log(Level.WARNING, "A change could not be told to the other nodes: " + change, e);
        }
    }

    private void receive(String message) {
        ClusterChange.decode(message).ifPresent(change -> {
            try {
                received.fire(change);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "A change of another node could not be applied: " + change, e);
            }
        });
    }

    @PreDestroy
    void stop() {
        HazelcastTopic t = topic;
        topic = null;
        if (t != null) {
            try {
                t.close();
            } catch (RuntimeException e) {
                LOG.log(Level.FINE, "The data grid was already gone", e);
            }
        }
    }
}
