/*
 * InsightIQ shell behaviour: the tenant switcher and user menu (disclosure buttons over real links and buttons),
 * the sidebar toggle, and a notice when an Ajax request fails. Plain DOM, so it works before PrimeFaces widgets load.
 */
(function () {
    'use strict';

    var ITEMS = 'a[href], button:not([disabled])';

    function panelOf(toggle) {
        return document.getElementById(toggle.getAttribute('aria-controls'));
    }

    function close(toggle) {
        toggle.setAttribute('aria-expanded', 'false');
        panelOf(toggle).hidden = true;
    }

    function closeAll(except) {
        document.querySelectorAll('[data-iq-dropdown] > .iq-dropdown-toggle[aria-expanded="true"]').forEach(function (t) {
            if (t !== except) {
                close(t);
            }
        });
    }

    function open(toggle) {
        closeAll(toggle);
        toggle.setAttribute('aria-expanded', 'true');
        panelOf(toggle).hidden = false;
    }

    function moveFocus(panel, step) {
        var items = Array.prototype.slice.call(panel.querySelectorAll(ITEMS));
        if (items.length === 0) {
            return;
        }
        var index = items.indexOf(document.activeElement);
        items[(index + step + items.length) % items.length].focus();
    }

    function setUpDropdown(dropdown) {
        var toggle = dropdown.querySelector('.iq-dropdown-toggle');
        var panel = panelOf(toggle);
        toggle.addEventListener('click', function () {
            if (toggle.getAttribute('aria-expanded') === 'true') {
                close(toggle);
            } else {
                open(toggle);
            }
        });
        dropdown.addEventListener('keydown', function (event) {
            var expanded = toggle.getAttribute('aria-expanded') === 'true';
            if (event.key === 'Escape' && expanded) {
                close(toggle);
                toggle.focus();
                event.preventDefault();
            } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
                if (!expanded) {
                    open(toggle);
                }
                moveFocus(panel, event.key === 'ArrowDown' ? 1 : -1);
                event.preventDefault();
            }
        });
    }

    function setUpSidebarToggle() {
        var toggle = document.getElementById('sidebarToggle');
        if (toggle) {
            toggle.setAttribute('aria-expanded', String(!document.body.classList.contains('iq-sidebar-collapsed')));
        }
    }

    function setUpAjaxProblemNotice() {
        var notice = document.getElementById('ajaxProblem');
        if (notice && window.jQuery) {
            window.jQuery(document).on('pfAjaxError', function () {
                notice.hidden = false;
            });
        }
    }

    document.addEventListener('DOMContentLoaded', function () {
        document.querySelectorAll('[data-iq-dropdown]').forEach(setUpDropdown);
        // A click or focus outside a dropdown closes it; keyboard users tab out, pointer users click elsewhere.
        document.addEventListener('click', function (event) {
            if (!event.target.closest('[data-iq-dropdown]')) {
                closeAll(null);
            }
        });
        document.addEventListener('focusin', function (event) {
            var inside = event.target.closest('[data-iq-dropdown]');
            closeAll(inside ? inside.querySelector('.iq-dropdown-toggle') : null);
        });
        setUpSidebarToggle();
        setUpAjaxProblemNotice();
        setUpSearchEnter();
    });

    /**
     * Enter in the top-bar search without a highlighted hit opens the full results page. PrimeFaces' autocomplete
     * swallows Enter (so the form's default command never fires); this listener runs first, in the capture phase,
     * and leaves Enter on a highlighted hit to the autocomplete.
     */
    function setUpSearchEnter() {
        var form = document.getElementById('searchForm');
        var results = form && form.getAttribute('data-results');
        if (!results) {
            return;
        }
        document.addEventListener('keydown', function (event) {
            if (event.key !== 'Enter' || !event.target || event.target.id !== 'q_input') {
                return;
            }
            var panel = document.getElementById('q_panel');
            var open = panel && panel.offsetParent !== null;
            if (open && panel.querySelector('.ui-autocomplete-item.ui-state-highlight')) {
                return;
            }
            var text = event.target.value.trim();
            event.preventDefault();
            event.stopPropagation();
            if (text) {
                window.location.href = results + (results.indexOf('?') < 0 ? '?' : '&') + 'q='
                    + encodeURIComponent(text);
            }
        }, true);
    }

    // Page scripts (e.g. sql-editor.js) add their own parts to the same namespace, before or after this file.
    window.InsightIQ = window.InsightIQ || {};
    Object.assign(window.InsightIQ, {
        /** Folds the sidebar at once; the server remembers the choice for the session. */
        toggleSidebar: function () {
            var collapsed = document.body.classList.toggle('iq-sidebar-collapsed');
            var toggle = document.getElementById('sidebarToggle');
            if (toggle) {
                toggle.setAttribute('aria-expanded', String(!collapsed));
            }
        }
    });
}());
