package org.serviceportal.servicedesk;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.LinkedHashSet;
import java.util.Set;
import org.serviceportal.catalog.Product;

/** Whom to escalate to when a reporter gets too little feedback, such as the Service Delivery Manager. */
@Entity
@Table(name = "escalation_contact")
@NamedQuery(name = EscalationContact.FIND_ALL, query = "SELECT c FROM EscalationContact c ORDER BY c.sortOrder, c.id")
public class EscalationContact {

    public static final String FIND_ALL = "EscalationContact.findAll";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "role_nl", nullable = false, length = 200)
    private String roleNl;

    @Column(name = "role_en", nullable = false, length = 200)
    private String roleEn;

    @Column(length = 200)
    private String name;

    @Column(length = 320)
    private String email;

    @Column(length = 50)
    private String phone;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    /** Empty: the contact answers for every product. */
    @ManyToMany
    @JoinTable(name = "escalation_contact_product",
            joinColumns = @JoinColumn(name = "contact_id"),
            inverseJoinColumns = @JoinColumn(name = "product_id"))
    private Set<Product> products = new LinkedHashSet<>();

    @Version
    private long version;

    protected EscalationContact() {
    }

    EscalationContact(int sortOrder) {
        this.sortOrder = sortOrder;
    }

    public Long getId() {
        return id;
    }

    public String getRoleNl() {
        return roleNl;
    }

    public String getRoleEn() {
        return roleEn;
    }

    public String getName() {
        return name;
    }

    public String getEmail() {
        return email;
    }

    public String getPhone() {
        return phone;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public Set<Product> getProducts() {
        return products;
    }

    public long getVersion() {
        return version;
    }

    void update(String roleNl, String roleEn, String name, String email, String phone, int sortOrder) {
        this.roleNl = roleNl;
        this.roleEn = roleEn;
        this.name = name;
        this.email = email;
        this.phone = phone;
        this.sortOrder = sortOrder;
    }
}
