package org.serviceportal.status;

import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.function.LongFunction;

/**
 * The {@code id} of a permalink page ({@code ?id=N}): what it names, or a 404 answer (through the
 * portal's own 404 page) when the id is missing, malformed or names nothing. Never a 500, never a
 * Faces conversion message.
 */
final class PermalinkIds {

    private PermalinkIds() {
    }

    /** The thing the request's id names, or null after the 404 was sent. */
    static <T> T load(LongFunction<Optional<T>> find) {
        FacesContext faces = FacesContext.getCurrentInstance();
        Optional<T> found = parse(faces.getExternalContext().getRequestParameterMap().get("id")).stream()
                .mapToObj(find).flatMap(Optional::stream).findFirst();
        if (found.isPresent()) {
            return found.get();
        }
        try {
            faces.getExternalContext().responseSendError(404, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
        return null;
    }

    /** A positive id as the address spells it (digits only), if it is one. */
    static java.util.OptionalLong parse(String raw) {
        if (raw == null || !raw.matches("[0-9]{1,18}")) {
            return java.util.OptionalLong.empty();
        }
        long id = Long.parseLong(raw);
        return id > 0 ? java.util.OptionalLong.of(id) : java.util.OptionalLong.empty();
    }
}
