package org.serviceportal.platform.cluster;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ContextService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.enterprise.inject.Default;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import org.serviceportal.platform.change.CommittedChange;
import org.serviceportal.platform.change.Replicated;

/**
 * Carries every {@link CommittedChange} of this node to the other nodes of the cluster, and fires the
 * other nodes' changes here with the qualifier {@link Replicated}, outside any transaction: an
 * observer that keeps a snapshot ({@code AFTER_SUCCESS}, no qualifier) then sees every change of the
 * cluster, an observer that acts ({@code @Default}) only this node's. The bus knows no feature: a
 * change travels as its record's class name and JSON ({@link ChangeMessage}).
 * <p>
 * The messages travel on a topic of the Hazelcast member that Payara runs in every node
 * ({@code payara/Hazelcast} in JNDI); a change is sent after its commit, so a node that receives it
 * reads the new data. Without the data grid (Payara Micro with {@code --nocluster}, another
 * application server) the bus is local only: every node then keeps to its own changes.
 */
@ApplicationScoped
public class ClusterBus {

    private static final Logger LOG = Logger.getLogger(ClusterBus.class.getName());
    static final String JNDI_NAME = "payara/Hazelcast";

    @Inject
    BeanManager beans;

    /**
     * Messages arrive on the data grid's threads, which know nothing of the application: they are
     * received through a proxy that carries the application's context (naming, class loader), so
     * that observers reached from there get their persistence contexts and resources.
     */
    @Resource
    ContextService contexts;

    /** What receives the messages of the other nodes. */
    public interface Inbox {
        void receive(String message);
    }

    private final Jsonb jsonb = JsonbBuilder.create();
    private volatile HazelcastTopic topic;
    private volatile ClassLoader loader;

    /** Joins the topic when the application starts, so that changes of other nodes reach this one from the start. */
    void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
        loader = ClusterBus.class.getClassLoader();
        Object member;
        try {
            member = new InitialContext().lookup(JNDI_NAME);
        } catch (NamingException | RuntimeException e) {
            LOG.info("No data grid in this server: snapshots follow this node's changes only");
            return;
        }
        try {
            Inbox inbox = contexts.createContextualProxy((Inbox) this::receive, Inbox.class);
            topic = new HazelcastTopic(member, inbox::receive);
            LOG.info(() -> "Committed changes are shared with the cluster (" + topic.members() + " member(s) now)");
        } catch (RuntimeException | LinkageError e) {
            LOG.log(Level.WARNING, "The data grid cannot be used: snapshots follow this node's changes only", e);
        }
    }

    /** Whether changes reach the other nodes (this node is part of a data grid). */
    public boolean shared() {
        return topic != null;
    }

    /**
     * Tells the other nodes about a change of this node, once it committed. {@code @Default}: a
     * replica of another node's change is not sent on.
     */
    void committed(@Observes(during = TransactionPhase.AFTER_SUCCESS) @Default CommittedChange change) {
        HazelcastTopic t = topic;
        if (t == null) {
            return;
        }
        try {
            t.publish(ChangeMessage.encode(change, jsonb));
        } catch (RuntimeException e) {
            // The change is committed; the other nodes follow at their snapshots' next time boundary.
            LOG.log(Level.WARNING, "A change could not be told to the other nodes: " + change, e);
        }
    }

    private void receive(String message) {
        ClassLoader l = loader == null ? ClusterBus.class.getClassLoader() : loader;
        ChangeMessage.decode(message, l, jsonb).ifPresent(change -> {
            try {
                replay(change.getClass(), change);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "A change of another node could not be applied: " + change, e);
            }
        });
    }

    private <C extends CommittedChange> void replay(Class<C> type, CommittedChange change) {
        beans.getEvent().select(type, Replicated.Literal.INSTANCE).fire(type.cast(change));
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
        try {
            jsonb.close();
        } catch (Exception e) {
            LOG.log(Level.FINE, "JSON-B could not be closed", e);
        }
    }
}
