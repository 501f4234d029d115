/**
 * Setup: what a fresh install still lacks before it serves the real organisation (an escalation
 * contact with an address, support-line addresses, SMTP, the public base URL, a confirmed incident
 * matrix, an administrator besides {@code admin} or sign-in through OpenID Connect), and the admin
 * dashboard that shows it beside today's counts. It only reads other features; administrators see
 * the checklist ({@code GET /api/v1/setup}), every staff member the counts.
 */
package org.serviceportal.setup;
