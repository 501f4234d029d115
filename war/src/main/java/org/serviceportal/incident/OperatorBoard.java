package org.serviceportal.incident;

import static org.serviceportal.platform.text.Texts.blankToNull;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.serviceportal.catalog.ProductService;
import org.serviceportal.catalog.ProductView;
import org.serviceportal.platform.i18n.CurrentLanguage;

/**
 * Admin page: the operator board. Incidents paged in the database (see {@link IncidentBoard}: no
 * total is counted, the paginator offers one page more while more follow), filtered by status,
 * priority, line, product and breach, sorted by reported or due time; the open incidents counted per
 * line and priority above it (operators and administrators).
 */
@Named
@ViewScoped
public class OperatorBoard implements Serializable {

    private static final String TABLE = ":board:table";
    static final List<String> PRIORITIES = List.of("P1", "P2", "P3", "P4");

    @Inject
    IncidentBoard board;

    @Inject
    ProductService products;

    @Inject
    CurrentLanguage lang;

    private IncidentStatus status;
    private String priority;
    private Integer line;
    private String product;
    /** "yes", "no" or null: a select menu cannot tell a null Boolean from "any". */
    private String breached;
    private String escalated;
    private IncidentBoard.Sort sort = IncidentBoard.Sort.REPORTED_DESC;
    private List<ProductView> productList;

    private final LazyDataModel<IncidentBoard.Row> incidents = new Rows();

    /** Pages through the database; the row count is what is known so far, plus one page when more follow. */
    private class Rows extends LazyDataModel<IncidentBoard.Row> {

        private int known;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return known;
        }

        @Override
        public List<IncidentBoard.Row> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                Map<String, FilterMeta> filterBy) {
            var page = board.page(filter(), sort, first, pageSize);
            known = first + page.items().size() + (page.more() ? pageSize : 0);
            setRowCount(known);
            return page.items();
        }

        @Override
        public String getRowKey(IncidentBoard.Row row) {
            return Long.toString(row.id());
        }
    }

    IncidentBoard.Filter filter() {
        Boolean b = breached == null ? null : "yes".equals(breached);
        Boolean e = escalated == null ? null : "yes".equals(escalated);
        return new IncidentBoard.Filter(status, blankToNull(priority), line, blankToNull(product), b, e);
    }

    public LazyDataModel<IncidentBoard.Row> getIncidents() {
        return incidents;
    }

    public IncidentBoard.Counts getCounts() {
        return board.counts();
    }

    public List<Integer> getLines() {
        return List.of(1, 2, 3, 4);
    }

    public List<String> getPriorities() {
        return PRIORITIES;
    }

    public List<IncidentStatus> getStatuses() {
        return List.of(IncidentStatus.values());
    }

    public List<IncidentBoard.Sort> getSorts() {
        return List.of(IncidentBoard.Sort.values());
    }

    public List<ProductView> getProducts() {
        if (productList == null) {
            productList = products.list();
        }
        return productList;
    }

    /** A product's name in the page's language; its code if it is no longer known. */
    public String productName(String code) {
        return getProducts().stream().filter(p -> p.code().equals(code)).findFirst()
                .map(p -> lang.pick(p.nameNl(), p.nameEn())).orElse(code);
    }

    /** Applies the filters: the table starts again at its first page. */
    public void search() {
        firstPage();
    }

    /** Shows the open incidents of one line and priority, from a count on the board. */
    public void show(int line, String priority) {
        this.line = line;
        this.priority = priority;
        this.status = null;
        firstPage();
    }

    public void reset() {
        status = null;
        priority = null;
        line = null;
        product = null;
        breached = null;
        escalated = null;
        sort = IncidentBoard.Sort.REPORTED_DESC;
        firstPage();
    }

    private static void firstPage() {
        if (FacesContext.getCurrentInstance().getViewRoot().findComponent(TABLE) instanceof DataTable table) {
            table.setFirst(0);
            table.setSortByAsMap(null);
        }
    }

    public IncidentStatus getStatus() { return status; }
    public void setStatus(IncidentStatus v) { status = v; }
    public String getPriority() { return priority; }
    public void setPriority(String v) { priority = v; }
    public Integer getLine() { return line; }
    public void setLine(Integer v) { line = v; }
    public String getProduct() { return product; }
    public void setProduct(String v) { product = v; }
    public String getEscalated() { return escalated; }
    public void setEscalated(String v) { escalated = v; }
    public String getBreached() { return breached; }
    public void setBreached(String v) { breached = v; }
    public IncidentBoard.Sort getSort() { return sort; }
    public void setSort(IncidentBoard.Sort v) { sort = v == null ? IncidentBoard.Sort.REPORTED_DESC : v; }
}
