package org.serviceportal.faq;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.serviceportal.platform.web.FormActions;

/** Admin page: write, order, publish and remove FAQ entries (editors). */
@Named
@ViewScoped
public class EditFaq implements Serializable {

    /** The form's fields; {@code version} is the one the entry had when the form was opened. */
    public static class Form implements Serializable {
        public Long id;
        public long version;
        public String category;
        public String questionNl;
        public String questionEn;
        public String answerNl;
        public String answerEn;
        public int sortOrder;
        public boolean published = true;

        public Long getId() { return id; }
        public String getCategory() { return category; }
        public void setCategory(String v) { category = v; }
        public String getQuestionNl() { return questionNl; }
        public void setQuestionNl(String v) { questionNl = v; }
        public String getQuestionEn() { return questionEn; }
        public void setQuestionEn(String v) { questionEn = v; }
        public String getAnswerNl() { return answerNl; }
        public void setAnswerNl(String v) { answerNl = v; }
        public String getAnswerEn() { return answerEn; }
        public void setAnswerEn(String v) { answerEn = v; }
        public int getSortOrder() { return sortOrder; }
        public void setSortOrder(int v) { sortOrder = v; }
        public boolean isPublished() { return published; }
        public void setPublished(boolean v) { published = v; }
    }

    @Inject
    FaqService faq;

    @Inject
    FormActions actions;

    private List<FaqEntryView> list;
    private List<FaqCategoryView> categories;
    private Form form;

    public List<FaqEntryView> getEntries() {
        if (list == null) {
            list = faq.all();
        }
        return list;
    }

    public List<FaqCategoryView> getCategories() {
        if (categories == null) {
            categories = faq.categories();
        }
        return categories;
    }

    public Form getForm() {
        return form;
    }

    /** Whether the entry is the first of its category, so it cannot move up. */
    public boolean isFirstInCategory(FaqEntryView e) {
        List<FaqEntryView> same = sameCategory(e);
        return same.getFirst().id() == e.id();
    }

    /** Whether the entry is the last of its category, so it cannot move down. */
    public boolean isLastInCategory(FaqEntryView e) {
        List<FaqEntryView> same = sameCategory(e);
        return same.getLast().id() == e.id();
    }

    private List<FaqEntryView> sameCategory(FaqEntryView e) {
        return getEntries().stream().filter(x -> x.categoryCode().equals(e.categoryCode())).toList();
    }

    public void add() {
        form = new Form();
        if (!getCategories().isEmpty()) {
            form.category = getCategories().getFirst().code();
        }
        form.sortOrder = getEntries().stream().mapToInt(FaqEntryView::sortOrder).max().orElse(0) + 1;
    }

    public void edit(FaqEntryView e) {
        form = new Form();
        form.id = e.id();
        form.version = e.version();
        form.category = e.categoryCode();
        form.questionNl = e.questionNl();
        form.questionEn = e.questionEn();
        form.answerNl = e.answerNl();
        form.answerEn = e.answerEn();
        form.sortOrder = e.sortOrder();
        form.published = e.published();
    }

    public void cancel() {
        form = null;
    }

    public void save() {
        // The version comes from the form as it was opened: a change by someone else in between is caught.
        var change = new FaqService.EntryChange(form.category, form.questionNl, form.questionEn, form.answerNl,
                form.answerEn, form.sortOrder, form.published, form.version);
        boolean ok = actions.run(() -> {
            if (form.id == null) {
                faq.create(change);
            } else {
                faq.update(form.id, change);
            }
        }, "admin.message.saved");
        if (ok) {
            form = null;
            list = null;
        }
    }

    public void move(FaqEntryView e, int direction) {
        actions.run(() -> faq.move(e.id(), direction, e.version()), null);
        list = null;
    }

    public void togglePublished(FaqEntryView e) {
        actions.run(() -> faq.setPublished(e.id(), !e.published(), e.version()),
                e.published() ? "admin.faq.message.withdrawn" : "admin.faq.message.published");
        list = null;
    }

    public void delete(FaqEntryView e) {
        if (actions.run(() -> faq.delete(e.id(), e.version()), "admin.message.deleted")
                && form != null && form.id != null && form.id == e.id()) {
            form = null;
        }
        list = null;
    }
}
