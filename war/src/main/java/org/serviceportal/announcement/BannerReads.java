package org.serviceportal.announcement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.servlet.annotation.WebServlet;
import java.util.Set;
import org.serviceportal.platform.security.AnonymousReads;

/** The banner is read anonymously on every login of other applications: its reads skip authentication. */
@ApplicationScoped
public class BannerReads implements AnonymousReads {

    @Override
    public Set<String> anonymousReadPaths() {
        return Set.of(BannerServlet.class.getAnnotation(WebServlet.class).urlPatterns());
    }
}
