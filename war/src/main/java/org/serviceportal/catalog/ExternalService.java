package org.serviceportal.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.serviceportal.platform.error.InvalidInputException;

/**
 * A service outside the organisation that products depend on, such as the federal FAS. Its
 * <em>fall-back</em> (for FAS: the eID back-up process) is announced only while staff have switched it
 * on, with a message in both languages; the entity keeps that rule ({@link #switchFallback}).
 */
@Entity
@Table(name = "external_service")
@NamedQuery(name = ExternalService.FIND_ALL, query = "SELECT e FROM ExternalService e ORDER BY e.code")
@NamedQuery(name = ExternalService.FIND_BY_CODE, query = "SELECT e FROM ExternalService e WHERE e.code = :code")
public class ExternalService {

    public static final String FIND_ALL = "ExternalService.findAll";
    public static final String FIND_BY_CODE = "ExternalService.findByCode";

    /** The longest fall-back message, per language. */
    public static final int MESSAGE_MAX = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 64)
    private String code;

    @Column(name = "name_nl", nullable = false, length = 200)
    private String nameNl;

    @Column(name = "name_en", nullable = false, length = 200)
    private String nameEn;

    @Column(name = "description_nl", length = 4000)
    private String descriptionNl;

    @Column(name = "description_en", length = 4000)
    private String descriptionEn;

    @Column(name = "fallback_active", nullable = false)
    private boolean fallbackActive;

    @Column(name = "fallback_message_nl", length = MESSAGE_MAX)
    private String fallbackMessageNl;

    @Column(name = "fallback_message_en", length = MESSAGE_MAX)
    private String fallbackMessageEn;

    @Column(name = "fallback_changed_at")
    private Instant fallbackChangedAt;

    @Column(name = "fallback_changed_by", length = 200)
    private String fallbackChangedBy;

    @Version
    private long version;

    protected ExternalService() {
    }

    public ExternalService(String code) {
        this.code = code;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getNameNl() {
        return nameNl;
    }

    public String getNameEn() {
        return nameEn;
    }

    public String getDescriptionNl() {
        return descriptionNl;
    }

    public String getDescriptionEn() {
        return descriptionEn;
    }

    public long getVersion() {
        return version;
    }

    void update(String nameNl, String nameEn, String descriptionNl, String descriptionEn) {
        this.nameNl = nameNl;
        this.nameEn = nameEn;
        this.descriptionNl = descriptionNl;
        this.descriptionEn = descriptionEn;
    }

    public boolean isFallbackActive() {
        return fallbackActive;
    }

    public String getFallbackMessageNl() {
        return fallbackMessageNl;
    }

    public String getFallbackMessageEn() {
        return fallbackMessageEn;
    }

    public Instant getFallbackChangedAt() {
        return fallbackChangedAt;
    }

    public String getFallbackChangedBy() {
        return fallbackChangedBy;
    }

    /**
     * Switches the fall-back on or off. A message given (both languages, or none) replaces the one
     * kept; the fall-back can only be on with a message in both languages, since the public reads it.
     * Switching records when and by whom even when the state stays the same (a message edited).
     *
     * @throws InvalidInputException when only one language is given, a message is too long, or the
     *                               fall-back would be on without a message
     */
    public void switchFallback(boolean active, String messageNl, String messageEn, Instant at, String by) {
        String nl = strip(messageNl);
        String en = strip(messageEn);
        if (messageNl != null || messageEn != null) {
            if (nl == null || en == null) {
                throw new InvalidInputException("message", "error.fallback.messageLanguages");
            }
            if (nl.length() > MESSAGE_MAX || en.length() > MESSAGE_MAX) {
                throw new InvalidInputException("message", "error.fallback.messageTooLong", MESSAGE_MAX);
            }
        } else {
            nl = fallbackMessageNl;
            en = fallbackMessageEn;
        }
        if (active && (nl == null || en == null)) {
            throw new InvalidInputException("message", "error.fallback.messageRequired");
        }
        this.fallbackActive = active;
        this.fallbackMessageNl = nl;
        this.fallbackMessageEn = en;
        this.fallbackChangedAt = at;
        this.fallbackChangedBy = by;
    }

    private static String strip(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
