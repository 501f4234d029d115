package org.serviceportal.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.LinkedHashSet;
import java.util.Set;

/** A building block that the organisation runs and promises availability for. */
@Entity
@Table(name = "product")
@NamedQuery(name = Product.FIND_ALL, query = "SELECT p FROM Product p ORDER BY p.sortOrder, p.code")
@NamedQuery(name = Product.FIND_BY_CODE, query = "SELECT p FROM Product p WHERE p.code = :code")
public class Product {

    public static final String FIND_ALL = "Product.findAll";
    public static final String FIND_BY_CODE = "Product.findByCode";

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

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @ManyToMany
    @JoinTable(name = "product_product_dependency",
            joinColumns = @JoinColumn(name = "product_id"),
            inverseJoinColumns = @JoinColumn(name = "depends_on_id"))
    @OrderBy("code")
    private Set<Product> dependsOnProducts = new LinkedHashSet<>();

    @ManyToMany
    @JoinTable(name = "product_external_dependency",
            joinColumns = @JoinColumn(name = "product_id"),
            inverseJoinColumns = @JoinColumn(name = "external_service_id"))
    @OrderBy("code")
    private Set<ExternalService> dependsOnExternal = new LinkedHashSet<>();

    @Version
    private long version;

    protected Product() {
    }

    public Product(String code) {
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

    public int getSortOrder() {
        return sortOrder;
    }

    public Set<Product> getDependsOnProducts() {
        return dependsOnProducts;
    }

    public Set<ExternalService> getDependsOnExternal() {
        return dependsOnExternal;
    }

    public long getVersion() {
        return version;
    }

    void update(String nameNl, String nameEn, String descriptionNl, String descriptionEn, int sortOrder) {
        this.nameNl = nameNl;
        this.nameEn = nameEn;
        this.descriptionNl = descriptionNl;
        this.descriptionEn = descriptionEn;
        this.sortOrder = sortOrder;
    }
}
