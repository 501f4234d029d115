package org.serviceportal.platform.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIData;
import jakarta.faces.component.UIInput;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.component.html.HtmlOutputText;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.AbortProcessingException;
import jakarta.faces.event.SystemEvent;
import jakarta.faces.event.SystemEventListener;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Marks the fields an error is about, on every form, before the view is rendered: the field gets
 * {@code aria-invalid="true"} and {@code aria-describedby} pointing at its message, and the message
 * itself is shown just before the field ({@code <span id="<clientId>-error" class="field-error">}),
 * as the error summary's link leads there. Pages write nothing for it: a message queued with a
 * field's client id (a required field, a converter, {@link FormActions} for a rule about a field)
 * is enough.
 * <p>
 * What it adds is taken away again before the next render (a staff page keeps its view between
 * Ajax requests): the marked fields are remembered in the view root's attributes, not in the view
 * map, which on a public page would make a session. A field in a table row (the same component for
 * every row) is left to the summary. Registered in {@code faces-config.xml} for
 * {@code PreRenderViewEvent}.
 */
public class InvalidFields implements SystemEventListener {

    static final String MARKED = InvalidFields.class.getName() + ".marked";
    static final String INLINE = InvalidFields.class.getName() + ".inline";
    static final String HINT = InvalidFields.class.getName() + ".hint";
    static final String SUFFIX = "-error";

    @Override
    public boolean isListenerForSource(Object source) {
        return source instanceof UIViewRoot;
    }

    @Override
    public void processEvent(SystemEvent event) throws AbortProcessingException {
        FacesContext faces = FacesContext.getCurrentInstance();
        UIViewRoot root = (UIViewRoot) event.getSource();
        Map<String, Object> attributes = root.getAttributes();
        @SuppressWarnings("unchecked")
        List<String> before = (List<String>) attributes.remove(MARKED);
        if (before != null) {
            for (String clientId : before) {
                root.invokeOnComponent(faces, clientId, (context, c) -> unmark(c));
            }
        }
        List<String> marked = new ArrayList<>();
        for (Iterator<String> ids = faces.getClientIdsWithMessages(); ids.hasNext(); ) {
            String clientId = ids.next();
            if (clientId == null) {
                continue;
            }
            String text = texts(faces, clientId);
            if (text.isEmpty()) {
                continue;
            }
            root.invokeOnComponent(faces, clientId, (context, c) -> {
                if (c instanceof UIInput input && !inTable(input) && input.getParent() != null) {
                    mark(context, input, clientId, text);
                    marked.add(clientId);
                }
            });
        }
        if (!marked.isEmpty()) {
            attributes.put(MARKED, marked);
        }
    }

    private static String texts(FacesContext faces, String clientId) {
        List<String> texts = new ArrayList<>();
        for (Iterator<FacesMessage> it = faces.getMessages(clientId); it.hasNext(); ) {
            FacesMessage m = it.next();
            if (ErrorSummary.isError(m)) {
                texts.add(m.getSummary());
            }
        }
        return texts.stream().distinct().collect(Collectors.joining(" "));
    }

    private static void mark(FacesContext faces, UIInput input, String clientId, String text) {
        Map<String, Object> pass = input.getPassThroughAttributes();
        pass.put("aria-invalid", "true");
        Object hint = pass.get("aria-describedby");
        if (hint != null) {
            input.getAttributes().put(HINT, hint);
        }
        pass.put("aria-describedby", hint == null ? clientId + SUFFIX : clientId + SUFFIX + " " + hint);
        HtmlOutputText message = (HtmlOutputText) faces.getApplication().createComponent(HtmlOutputText.COMPONENT_TYPE);
        message.setId(input.getId() + SUFFIX);
        message.setValue(text);
        message.setStyleClass("field-error");
        message.getAttributes().put(INLINE, Boolean.TRUE);
        message.setTransient(true);
        List<UIComponent> siblings = input.getParent().getChildren();
        siblings.add(siblings.indexOf(input), message);
    }

    private static void unmark(UIComponent c) {
        c.getPassThroughAttributes().remove("aria-invalid");
        Object hint = c.getAttributes().remove(HINT);
        if (hint == null) {
            c.getPassThroughAttributes().remove("aria-describedby");
        } else {
            c.getPassThroughAttributes().put("aria-describedby", hint);
        }
        if (c.getParent() != null) {
            c.getParent().getChildren().removeIf(s -> Boolean.TRUE.equals(s.getAttributes().get(INLINE)));
        }
    }

    private static boolean inTable(UIComponent c) {
        for (UIComponent p = c.getParent(); p != null; p = p.getParent()) {
            if (p instanceof UIData) {
                return true;
            }
        }
        return false;
    }
}
