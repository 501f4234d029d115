/*
 * PrimeFaces renders the date picker's calendar button with the hidden text "ui-button" while its
 * aria-label says "Choose date"; the accessible name then does not contain the button's text
 * (axe: label-content-name-mismatch, serious). This makes the hidden text the label, also for
 * buttons that Ajax updates render later. Served from 'self', so the Content Security Policy allows it.
 */
(function () {
    'use strict';
    function fix() {
        document.querySelectorAll('.ui-datepicker-trigger[aria-label] .ui-button-text').forEach(function (text) {
            var label = text.parentElement.getAttribute('aria-label');
            if (text.textContent !== label) {
                text.textContent = label;
            }
        });
    }
    new MutationObserver(fix).observe(document.documentElement, { childList: true, subtree: true });
    document.addEventListener('DOMContentLoaded', fix);
})();
