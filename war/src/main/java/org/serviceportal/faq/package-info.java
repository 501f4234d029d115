/**
 * The FAQ: categories and entries in Dutch and English, their order and publication, and an
 * accent- and case-insensitive search. Read by everyone; changed by editors. Text is plain and shown
 * as text.
 */
package org.serviceportal.faq;
