package org.serviceportal.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UINamingContainer;
import jakarta.faces.component.UISelectMany;
import jakarta.faces.component.UISelectOne;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * The messages of a request as the error summary shows them ({@code WEB-INF/includes/messages.xhtml}):
 * errors in a box at the top of the form, each one about a field a link to that field
 * ({@code href="#clientId"}; for a group of choices its first one), errors about the whole form as plain items; notices (a success, an
 * outcome) as a status line. The field itself shows its message beside it ({@link InvalidFields}).
 */
@Named
@RequestScoped
public class ErrorSummary {

    private static final String RADIO = "jakarta.faces.Radio";
    private static final String CHECKBOXES = "jakarta.faces.Checkbox";

    /** One line of the summary: its text and the client id of the field it is about (null: the whole form). */
    public record Entry(String text, String field) {
        /** The link target, or null for an error about the whole form. */
        public String href() {
            return field == null ? null : "#" + field;
        }
    }

    /** The errors, those about a field first in the order of the page, then those about the form. */
    public List<Entry> getErrors() {
        return entries(true);
    }

    /** The notices: information and warnings, shown as a status line. */
    public List<Entry> getNotices() {
        return entries(false);
    }

    private static List<Entry> entries(boolean errors) {
        FacesContext faces = FacesContext.getCurrentInstance();
        List<Entry> fields = new ArrayList<>();
        List<Entry> global = new ArrayList<>();
        for (Iterator<String> ids = faces.getClientIdsWithMessages(); ids.hasNext(); ) {
            String id = ids.next();
            for (Iterator<FacesMessage> it = faces.getMessages(id); it.hasNext(); ) {
                FacesMessage m = it.next();
                if (isError(m) == errors) {
                    (id == null ? global : fields).add(new Entry(m.getSummary(), id == null ? null : target(faces, id)));
                }
            }
        }
        fields.addAll(global);
        return fields;
    }

    /**
     * Where a field's link leads: the field, or for a group of radio buttons or checkboxes its first
     * choice (the group itself cannot take the focus; a link to an input focuses it without script).
     */
    private static String target(FacesContext faces, String clientId) {
        String[] target = {clientId};
        faces.getViewRoot().invokeOnComponent(faces, clientId, (context, c) -> {
            if ((c instanceof UISelectOne || c instanceof UISelectMany)
                    && (RADIO.equals(c.getRendererType()) || CHECKBOXES.equals(c.getRendererType()))) {
                target[0] = clientId + UINamingContainer.getSeparatorChar(faces) + "0";
            }
        });
        return target[0];
    }

    static boolean isError(FacesMessage m) {
        return m.getSeverity().getOrdinal() >= FacesMessage.SEVERITY_ERROR.getOrdinal();
    }
}
