package org.serviceportal.webhook;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A real webhook receiver for tests: the JDK's HTTP server on a loopback port, recording every POST
 * it gets (headers and exact body) and answering as the test scripted it (200 unless told otherwise).
 */
final class Receiver implements AutoCloseable {

    /** One request as received, with the status it was answered. */
    record Received(String path, String event, String delivery, String signature, String body, int answered) {
    }

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final ConcurrentLinkedDeque<Integer> answers = new ConcurrentLinkedDeque<>();

    /** A receiver on a free loopback port. */
    Receiver() {
        this(0);
    }

    /** A receiver on this loopback port (0: a free one). */
    Receiver(int port) {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", exchange -> {
            try (exchange) {
                byte[] body = exchange.getRequestBody().readAllBytes();
                Integer scripted = answers.pollFirst();
                int status = scripted == null ? 200 : scripted;
                var h = exchange.getRequestHeaders();
                received.add(new Received(exchange.getRequestURI().getPath(), h.getFirst("X-Portal-Event"),
                        h.getFirst("X-Portal-Delivery"), h.getFirst("X-Portal-Signature"),
                        new String(body, StandardCharsets.UTF_8), status));
                exchange.sendResponseHeaders(status, -1);
            }
        });
        server.start();
    }

    /** The next requests are answered with these statuses, in order; then 200 again. */
    Receiver answer(int... statuses) {
        for (int s : statuses) {
            answers.addLast(s);
        }
        return this;
    }

    int port() {
        return server.getAddress().getPort();
    }

    /** The address of a path on this receiver, e.g. {@code http://127.0.0.1:PORT/hook}. */
    String url(String path) {
        return "http://127.0.0.1:" + port() + path;
    }

    List<Received> received() {
        return List.copyOf(received);
    }

    /** What arrived at this path. */
    List<Received> at(String path) {
        return received.stream().filter(r -> r.path().equals(path)).toList();
    }

    /** How often each delivery id was answered 2xx (a receiver that counts must find 1 for each). */
    Map<String, Long> acceptedPerDelivery(String path) {
        return at(path).stream().filter(r -> r.answered() / 100 == 2)
                .collect(java.util.stream.Collectors.groupingBy(Received::delivery, java.util.stream.Collectors.counting()));
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
