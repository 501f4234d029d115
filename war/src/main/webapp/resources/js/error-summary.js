/*
 * The error summary (WEB-INF/includes/messages.xhtml) on staff pages: after a failed submit the
 * focus moves to the summary, so that a screen reader reads it and a keyboard user starts from it.
 * A page loaded with a summary gives it the focus by autofocus (public pages, which carry no
 * script, rely on that alone); an Ajax update that puts a new summary in is seen by the observer
 * here. A link of the summary puts the focus on its field (the first input inside a PrimeFaces
 * widget) and shows the field's label with it. Served from 'self': no inline script is needed.
 */
(function () {
    'use strict';
    function focus(summary) {
        if (summary && summary !== document.activeElement) {
            summary.focus();
        }
    }
    function fieldOf(link) {
        var id = decodeURIComponent(link.getAttribute('href').slice(1));
        var target = document.getElementById(id);
        if (!target) {
            return null;
        }
        if (/^(INPUT|SELECT|TEXTAREA|BUTTON)$/.test(target.tagName)) {
            return target;
        }
        return target.querySelector('input:not([type=hidden]), select, textarea') || target;
    }
    document.addEventListener('click', function (event) {
        var link = event.target.closest && event.target.closest('.error-summary a[href^="#"]');
        var field = link && fieldOf(link);
        if (!field) {
            return;
        }
        event.preventDefault();
        var around = field.closest('fieldset, .field') || field;
        around.scrollIntoView();
        field.focus({ preventScroll: true });
    });
    new MutationObserver(function (records) {
        records.forEach(function (record) {
            record.addedNodes.forEach(function (node) {
                if (node.nodeType === 1) {
                    focus(node.matches('.error-summary') ? node : node.querySelector('.error-summary'));
                }
            });
        });
    }).observe(document.documentElement, { childList: true, subtree: true });
    function start() {
        focus(document.querySelector('.error-summary'));
    }
    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', start);
    } else {
        start();
    }
})();
