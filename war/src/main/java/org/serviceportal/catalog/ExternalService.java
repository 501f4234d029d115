package org.serviceportal.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A service outside the organisation that products depend on, such as the federal FAS. */
@Entity
@Table(name = "external_service")
@NamedQuery(name = ExternalService.FIND_ALL, query = "SELECT e FROM ExternalService e ORDER BY e.code")
public class ExternalService {

    public static final String FIND_ALL = "ExternalService.findAll";

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
}
