package org.serviceportal.availability;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.serviceportal.platform.error.InvalidInputException;
import org.serviceportal.platform.i18n.CurrentLanguage;
import org.serviceportal.platform.i18n.Formats;
import org.serviceportal.platform.i18n.Language;

/** {@code /api/v1/availability}: measured availability against the SLA targets, per month and service window. */
@Path("availability")
@Tag(name = "Availability")
public class AvailabilityResource {

    /** One row of the contract. {@code month} is the period: 2026-03, 2026-Q1 or 2026. */
    public record AvailabilityJson(String month, String calendar, long windowMinutes, long plannedMaintenanceMinutes,
            long downtimeMinutes, long externalDowntimeMinutes, BigDecimal availabilityPercent,
            BigDecimal availabilityExcludingExternalPercent, BigDecimal targetPercent, boolean met, boolean complete) {
    }

    @Inject
    AvailabilityService availability;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Availability of a product per month (or quarter, year) and service window, against its target;"
            + " planned maintenance is left out of the window, downtime caused by external services is given apart")
    public List<AvailabilityJson> report(
            @Parameter(required = true) @QueryParam("product") String product,
            @Parameter(description = "first month, YYYY-MM (default: 11 months before to)") @QueryParam("from") String from,
            @Parameter(description = "last month, YYYY-MM (default: this month)") @QueryParam("to") String to,
            @Parameter(description = "month (default), quarter or year") @QueryParam("per") String per) {
        return availability.report(product, from, to, per).stream()
                .map(r -> new AvailabilityJson(r.period(), r.calendar(), r.windowMinutes(), r.plannedMaintenanceMinutes(),
                        r.downtimeMinutes(), r.externalDowntimeMinutes(), r.availabilityPercent(),
                        r.availabilityExcludingExternalPercent(), r.targetPercent(), r.met(), r.complete()))
                .toList();
    }

    /**
     * The maintenance notes of a row in one cell: per window its title, its time in Brussels as the
     * reader's language writes it, and why it counts as it does; windows apart by " | ".
     */
    static String notes(AvailabilityRow r, Language language) {
        return r.maintenanceNotes().stream()
                .map(n -> language.pick(n.titleNl(), n.titleEn()) + " ("
                        + Formats.span(n.startsAt(), n.endsAt(), null, language) + ", "
                        + CurrentLanguage.message(language, "times.zoneShort") + "): " + n.reason(language))
                .collect(java.util.stream.Collectors.joining(" | "));
    }

    /**
     * {@code /api/v1/availability.csv}: the same report for spreadsheets, in the form the reader's
     * spreadsheet opens as numbers: Dutch ({@code lang=nl}, the default) separates with {@code ;} and
     * writes a decimal comma ("99,793"), as Excel and LibreOffice do with Dutch or Belgian settings;
     * English ({@code lang=en}) separates with {@code ,} and writes a decimal point. Minutes are whole
     * numbers without grouping; codes identify products and windows, as in the JSON.
     */
    @Path("availability.csv")
    @Tag(name = "Availability")
    public static class CsvExport {

        @Inject
        AvailabilityService availability;

        @GET
        @Produces("text/csv")
        @Operation(summary = "The same report as CSV (UTF-8): lang=nl (default) with ; and a decimal comma,"
                + " lang=en with , and a decimal point")
        public Response csv(@QueryParam("product") String product, @QueryParam("from") String from,
                @QueryParam("to") String to, @QueryParam("per") String per,
                @Parameter(description = "nl (default): ; and decimal comma; en: , and decimal point; also the"
                        + " language of the maintenance notes") @QueryParam("lang") String lang) {
            Language language = lang == null || lang.isBlank() ? Language.DEFAULT
                    : Language.fromCode(lang).orElseThrow(() -> new InvalidInputException("lang", "error.lang"));
            String sep = language == Language.EN ? "," : ";";
            var rows = availability.report(product, from, to, per);
            var out = new StringBuilder(String.join(sep, "product", "period", "calendar", "windowMinutes",
                    "plannedMaintenanceMinutes", "downtimeMinutes", "externalDowntimeMinutes", "availabilityPercent",
                    "availabilityExcludingExternalPercent", "targetPercent", "met", "complete", "maintenanceNotes"))
                    .append("\r\n");
            for (AvailabilityRow r : rows) {
                out.append(String.join(sep, Csv.cell(r.product()), Csv.cell(r.period()), Csv.cell(r.calendar()),
                        Long.toString(r.windowMinutes()), Long.toString(r.plannedMaintenanceMinutes()),
                        Long.toString(r.downtimeMinutes()), Long.toString(r.externalDowntimeMinutes()),
                        Formats.decimal(r.availabilityPercent(), language),
                        Formats.decimal(r.availabilityExcludingExternalPercent(), language),
                        Formats.decimal(r.targetPercent(), language), Boolean.toString(r.met()), Boolean.toString(r.complete()),
                        Csv.cell(notes(r, language))))
                        .append("\r\n");
            }
            return Response.ok(out.toString())
                    .type("text/csv; charset=UTF-8")
                    .header("Content-Disposition", "attachment; filename=\"availability-" + Csv.fileSafe(product) + ".csv\"")
                    .build();
        }
    }
}
