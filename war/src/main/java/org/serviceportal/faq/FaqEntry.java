package org.serviceportal.faq;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A question and its answer, in Dutch and English. Text is plain: shown as text, never as markup. */
@Entity
@Table(name = "faq_entry")
@NamedQuery(name = FaqEntry.FIND_ALL,
        query = "SELECT e FROM FaqEntry e JOIN FETCH e.category c ORDER BY c.sortOrder, c.code, e.sortOrder, e.id")
@NamedQuery(name = FaqEntry.SEARCH_NL,
        query = "SELECT e FROM FaqEntry e JOIN FETCH e.category c WHERE e.searchNl LIKE :term ESCAPE '\\' ORDER BY c.sortOrder, c.code, e.sortOrder, e.id")
@NamedQuery(name = FaqEntry.SEARCH_EN,
        query = "SELECT e FROM FaqEntry e JOIN FETCH e.category c WHERE e.searchEn LIKE :term ESCAPE '\\' ORDER BY c.sortOrder, c.code, e.sortOrder, e.id")
public class FaqEntry {

    public static final String FIND_ALL = "FaqEntry.findAll";
    public static final String SEARCH_NL = "FaqEntry.searchNl";
    public static final String SEARCH_EN = "FaqEntry.searchEn";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "category_id")
    private FaqCategory category;

    @Column(name = "question_nl", nullable = false, length = 500)
    private String questionNl;

    @Column(name = "question_en", nullable = false, length = 500)
    private String questionEn;

    @Column(name = "answer_nl", nullable = false, length = 8000)
    private String answerNl;

    @Column(name = "answer_en", nullable = false, length = 8000)
    private String answerEn;

    @Column(name = "search_nl", nullable = false, length = 8600)
    private String searchNl;

    @Column(name = "search_en", nullable = false, length = 8600)
    private String searchEn;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(nullable = false)
    private boolean published = true;

    @Version
    private long version;

    protected FaqEntry() {
    }

    FaqEntry(FaqCategory category) {
        this.category = category;
    }

    void update(FaqCategory category, String questionNl, String questionEn, String answerNl, String answerEn,
            int sortOrder, boolean published) {
        this.category = category;
        this.questionNl = questionNl;
        this.questionEn = questionEn;
        this.answerNl = answerNl;
        this.answerEn = answerEn;
        this.sortOrder = sortOrder;
        this.published = published;
        this.searchNl = SearchText.fold(questionNl + "\n" + answerNl);
        this.searchEn = SearchText.fold(questionEn + "\n" + answerEn);
    }

    public Long getId() {
        return id;
    }

    public FaqCategory getCategory() {
        return category;
    }

    public String getQuestionNl() {
        return questionNl;
    }

    public String getQuestionEn() {
        return questionEn;
    }

    public String getAnswerNl() {
        return answerNl;
    }

    public String getAnswerEn() {
        return answerEn;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public boolean isPublished() {
        return published;
    }

    public long getVersion() {
        return version;
    }
}
