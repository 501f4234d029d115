package org.serviceportal.sla;

import java.math.BigDecimal;

/** An SLA target as the contract gives it: product and calendar by code, the current percentage. */
public record SlaTargetView(long id, String product, String calendar, BigDecimal availabilityPercent, long version) implements java.io.Serializable {
}
