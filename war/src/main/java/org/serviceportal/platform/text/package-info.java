/** Helpers for text typed by users, shared by all features. */
package org.serviceportal.platform.text;
