package org.serviceportal.servicedesk;

import java.util.List;

/** An escalation contact as services hand it out; {@code products} empty means every product. */
public record EscalationContactView(long id, String roleNl, String roleEn, String name, String email, String phone,
        int sortOrder, List<String> products, long version) implements java.io.Serializable {
}
