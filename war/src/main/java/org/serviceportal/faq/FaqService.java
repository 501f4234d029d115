package org.serviceportal.faq;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Optional;
import org.serviceportal.platform.audit.AuditLog;
import org.serviceportal.platform.error.InvalidInputException;
import org.serviceportal.platform.error.NotFoundException;
import org.serviceportal.platform.error.StaleVersionException;
import org.serviceportal.platform.i18n.Language;

/** Owns the FAQ: categories, entries, their order and publication, and the search. */
@ApplicationScoped
public class FaqService {

    /** The editable fields of an entry; {@code version} is ignored on create. */
    public record EntryChange(
            @NotBlank @Size(max = 64) String category,
            @NotBlank @Size(max = 500) String questionNl,
            @NotBlank @Size(max = 500) String questionEn,
            @NotBlank @Size(max = 8000) String answerNl,
            @NotBlank @Size(max = 8000) String answerEn,
            @Min(0) int sortOrder,
            boolean published,
            long version) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditLog audit;

    public List<FaqCategoryView> categories() {
        return em.createNamedQuery(FaqCategory.FIND_ALL, FaqCategory.class).getResultList().stream()
                .map(c -> new FaqCategoryView(c.getId(), c.getCode(), c.getNameNl(), c.getNameEn(), c.getSortOrder()))
                .toList();
    }

    /** Every entry, published or not, for editors. */
    public List<FaqEntryView> all() {
        return em.createNamedQuery(FaqEntry.FIND_ALL, FaqEntry.class).getResultList().stream().map(FaqService::view).toList();
    }

    /**
     * Published entries in display order; with a query, those whose question or answer in the given
     * language contains it, ignoring case and accents.
     */
    public List<FaqEntryView> published(Language language, String query) {
        // Publication is filtered here, not in JPQL: EclipseLink's Derby platform inlines a boolean as 1,
        // which Derby refuses to compare with a BOOLEAN column. The FAQ is small.
        var entries = query == null || SearchText.fold(query).isEmpty()
                ? em.createNamedQuery(FaqEntry.FIND_ALL, FaqEntry.class)
                : em.createNamedQuery(language == Language.EN ? FaqEntry.SEARCH_EN : FaqEntry.SEARCH_NL, FaqEntry.class)
                        .setParameter("term", SearchText.likePattern(query));
        return entries.getResultStream().filter(FaqEntry::isPublished).map(FaqService::view).toList();
    }

    public FaqEntryView get(long id) {
        return view(entity(id));
    }

    @Transactional
    public FaqEntryView create(@Valid EntryChange change) {
        var entry = new FaqEntry(category(change.category()));
        apply(entry, change);
        em.persist(entry);
        em.flush();
        var after = view(entry);
        audit.created("FaqEntry", entry.getId(), after);
        return after;
    }

    @Transactional
    public FaqEntryView update(long id, @Valid EntryChange change) {
        FaqEntry entry = entity(id);
        if (entry.getVersion() != change.version()) {
            throw new StaleVersionException("FaqEntry", id);
        }
        var before = view(entry);
        apply(entry, change);
        em.flush();
        var after = view(entry);
        audit.updated("FaqEntry", id, before, after);
        return after;
    }

    /** Publishes or withdraws an entry. */
    @Transactional
    public FaqEntryView setPublished(long id, boolean published, long version) {
        FaqEntryView current = get(id);
        return update(id, new EntryChange(current.categoryCode(), current.questionNl(), current.questionEn(),
                current.answerNl(), current.answerEn(), current.sortOrder(), published, version));
    }

    /** Moves an entry one place up (-1) or down (+1) within its category, renumbering the category. */
    @Transactional
    public void move(long id, int direction, long version) {
        FaqEntry entry = entity(id);
        if (entry.getVersion() != version) {
            throw new StaleVersionException("FaqEntry", id);
        }
        List<FaqEntry> siblings = em.createNamedQuery(FaqEntry.FIND_ALL, FaqEntry.class).getResultStream()
                .filter(e -> e.getCategory().getId().equals(entry.getCategory().getId()))
                .collect(java.util.stream.Collectors.toCollection(java.util.ArrayList::new));
        int from = siblings.indexOf(entry);
        int to = from + Integer.signum(direction);
        if (to < 0 || to >= siblings.size()) {
            return;
        }
        java.util.Collections.swap(siblings, from, to);
        for (int i = 0; i < siblings.size(); i++) {
            FaqEntry e = siblings.get(i);
            if (e.getSortOrder() != i + 1) {
                var before = view(e);
                e.update(e.getCategory(), e.getQuestionNl(), e.getQuestionEn(), e.getAnswerNl(), e.getAnswerEn(), i + 1,
                        e.isPublished());
                em.flush();
                audit.updated("FaqEntry", e.getId(), before, view(e));
            }
        }
    }

    @Transactional
    public void delete(long id, long version) {
        FaqEntry entry = entity(id);
        if (entry.getVersion() != version) {
            throw new StaleVersionException("FaqEntry", id);
        }
        var before = view(entry);
        em.remove(entry);
        em.flush();
        audit.deleted("FaqEntry", id, before);
    }

    private void apply(FaqEntry entry, EntryChange c) {
        entry.update(category(c.category()), c.questionNl().strip(), c.questionEn().strip(), c.answerNl().strip(),
                c.answerEn().strip(), c.sortOrder(), c.published());
    }

    private FaqCategory category(String code) {
        return em.createNamedQuery(FaqCategory.FIND_ALL, FaqCategory.class).getResultStream()
                .filter(c -> c.getCode().equals(code)).findFirst()
                .orElseThrow(() -> new InvalidInputException("category", "error.faq.unknownCategory", code));
    }

    private FaqEntry entity(long id) {
        return Optional.ofNullable(em.find(FaqEntry.class, id)).orElseThrow(() -> new NotFoundException("FaqEntry", id));
    }

    static FaqEntryView view(FaqEntry e) {
        FaqCategory c = e.getCategory();
        return new FaqEntryView(e.getId(), c.getCode(), c.getNameNl(), c.getNameEn(), e.getQuestionNl(), e.getQuestionEn(),
                e.getAnswerNl(), e.getAnswerEn(), e.getSortOrder(), e.isPublished(), e.getVersion());
    }
}
