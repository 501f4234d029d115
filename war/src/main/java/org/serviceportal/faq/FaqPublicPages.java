package org.serviceportal.faq;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.serviceportal.platform.web.PublicPages;

/** The FAQ without a search (all entries, or one category), served from snapshots; a search is rendered per request. */
@ApplicationScoped
public class FaqPublicPages implements PublicPages {

    @Override
    public List<Page> pages() {
        return List.of(Page.of("/public/faq.xhtml", "category"));
    }
}
