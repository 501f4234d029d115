package org.serviceportal.incident;

/** The two axes of the incident matrix. */
public enum MatrixAxis {
    IMPACT, URGENCY
}
