/*
 * The dashboard's filter bar: one widget per DashboardFilter. Date: relative presets or an absolute from/to range
 * ("2024-01-01~2024-03-31"); category: a multi-select whose choices come from the feed's /filters/{id}/choices (typed
 * text searches on the server when the list is long; linked filters fetch again when their parents change); number
 * ("10", "10~20"), text, and id (comma-separated) inputs. Values as the package documentation of the dashboard
 * boundary describes; every change goes to onChange(filterId, value).
 * Ids tests rely on: [data-filter-id=ID] per filter; inside, .iq-dash-date-preset, .iq-dash-date-from,
 * .iq-dash-date-to, .iq-dash-filter-toggle, .iq-dash-filter-search, .iq-dash-choice input[value=…],
 * .iq-dash-filter-apply, .iq-dash-filter-input, .iq-dash-filter-clear.
 */
(function () {
    'use strict';

    var ns = window.InsightIQ = window.InsightIQ || {};
    var parts = ns.dashboardParts = ns.dashboardParts || {};
    var PRESETS = ['today', 'yesterday', 'past7days', 'past30days', 'past3months', 'past12months', 'thisweek',
        'thismonth', 'thisquarter', 'thisyear', 'lastweek', 'lastmonth', 'lastquarter', 'lastyear', 'ytd', 'qtd', 'mtd'];
    var LONG = 100;

    function el(tag, className, text) {
        return parts.el(tag, className, text);
    }

    function isEmpty(value) {
        return value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0);
    }

    function presetLabel(preset) {
        var known = parts.text('date.' + preset);
        if (known !== 'date.' + preset) {
            return known;
        }
        var m = /^(past|next)(\d+)(days|weeks|months|quarters|years)$/.exec(preset);
        return m ? parts.text('date.' + m[1] + 'N', m[2], parts.text('unit.' + m[3])) : preset;
    }

    function dateWidget(filter, box, value, change) {
        var select = el('select', 'iq-dash-date-preset');
        select.setAttribute('aria-labelledby', box.getAttribute('data-label-id'));
        var options = [''].concat(PRESETS);
        if (typeof value === 'string' && value && value.indexOf('~') < 0 && !/^\d{4}-\d{2}-\d{2}$/.test(value)
            && options.indexOf(value) < 0) {
            options.push(value);
        }
        options.concat(['custom']).forEach(function (preset) {
            var option = el('option', null, preset === '' ? parts.text('date.any') : preset === 'custom'
                ? parts.text('date.custom') : presetLabel(preset));
            option.value = preset;
            select.appendChild(option);
        });
        var range = el('span', 'iq-dash-date-range');
        var from = el('input', 'iq-dash-date-from');
        from.type = 'date';
        from.setAttribute('aria-label', filter.name + ': ' + parts.text('date.from'));
        var to = el('input', 'iq-dash-date-to');
        to.type = 'date';
        to.setAttribute('aria-label', filter.name + ': ' + parts.text('date.to'));
        range.appendChild(from);
        range.appendChild(el('span', 'iq-muted', '–'));
        range.appendChild(to);
        box.appendChild(select);
        box.appendChild(range);

        function show(v) {
            var custom = typeof v === 'string' && (v.indexOf('~') >= 0 || /^\d{4}-\d{2}-\d{2}$/.test(v));
            select.value = isEmpty(v) ? '' : custom ? 'custom' : v;
            range.hidden = !custom;
            if (custom) {
                var ends = v.indexOf('~') >= 0 ? v.split('~') : [v, v];
                from.value = ends[0] || '';
                to.value = ends[1] || '';
            }
        }
        select.addEventListener('change', function () {
            if (select.value === 'custom') {
                range.hidden = false;
                from.focus();
                return;
            }
            range.hidden = true;
            change(select.value === '' ? null : select.value);
        });
        function changed() {
            change(from.value || to.value ? from.value + '~' + to.value : null);
        }
        from.addEventListener('change', changed);
        to.addEventListener('change', changed);
        show(value);
        return {show: show};
    }

    function categoryWidget(filter, box, value, change, options) {
        var selected = Array.isArray(value) ? value.map(String) : isEmpty(value) ? [] : [String(value)];
        var choices = null;
        var searched = '';
        var toggle = el('button', 'iq-dash-filter-toggle ui-button ui-widget ui-button-outlined');
        toggle.type = 'button';
        toggle.setAttribute('aria-haspopup', 'listbox');
        toggle.setAttribute('aria-expanded', 'false');
        toggle.setAttribute('aria-labelledby', box.getAttribute('data-label-id') + ' ' + filter.id + 'Summary');
        var summary = toggle.appendChild(el('span', 'iq-dash-filter-summary'));
        summary.id = filter.id + 'Summary';
        var panel = el('div', 'iq-dash-filter-panel');
        panel.hidden = true;
        var search = panel.appendChild(el('input', 'iq-dash-filter-search'));
        search.type = 'search';
        search.placeholder = parts.text('filter.search');
        search.setAttribute('aria-label', filter.name + ': ' + parts.text('filter.search'));
        var list = panel.appendChild(el('ul', 'iq-dash-choices'));
        list.setAttribute('role', 'listbox');
        list.setAttribute('aria-multiselectable', 'true');
        var status = panel.appendChild(el('p', 'iq-muted iq-dash-choices-status'));
        var actions = panel.appendChild(el('div', 'iq-dash-filter-actions'));
        var apply = actions.appendChild(el('button', 'ui-button ui-widget iq-dash-filter-apply', parts.text('filter.apply')));
        apply.type = 'button';
        var none = actions.appendChild(el('button', 'ui-button ui-widget ui-button-flat iq-dash-filter-none',
            parts.text('filter.none')));
        none.type = 'button';
        box.appendChild(toggle);
        box.appendChild(panel);

        function showSummary() {
            summary.textContent = selected.length === 0 ? parts.text('filter.all')
                : selected.length <= 2 ? selected.join(', ') : parts.text('filter.selected', selected.length);
        }
        function drawList() {
            list.textContent = '';
            var q = search.value.trim().toLowerCase();
            var shown = (choices || []).filter(function (c) {
                return q === '' || searched === q || (c.label || c.value).toLowerCase().indexOf(q) >= 0;
            });
            var values = shown.map(function (c) {
                return c.value;
            });
            selected.forEach(function (v) {
                if (values.indexOf(v) < 0) {
                    shown.unshift({value: v, label: v});
                }
            });
            shown.forEach(function (c) {
                var li = list.appendChild(el('li', 'iq-dash-choice'));
                li.setAttribute('role', 'option');
                li.setAttribute('aria-selected', String(selected.indexOf(c.value) >= 0));
                var label = li.appendChild(el('label'));
                var box2 = label.appendChild(el('input'));
                box2.type = 'checkbox';
                box2.value = c.value;
                box2.checked = selected.indexOf(c.value) >= 0;
                label.appendChild(el('span', null, c.label || c.value));
            });
            status.textContent = choices === null ? parts.text('filter.loading')
                : shown.length === 0 ? parts.text('filter.noChoices') : '';
        }
        function load() {
            var q = choices !== null && choices.length >= LONG ? search.value.trim() : '';
            drawList();
            options.choices(filter.id, q).then(function (answer) {
                choices = answer;
                searched = q.toLowerCase();
                drawList();
            }, function (problem) {
                choices = [];
                drawList();
                status.textContent = problem.message;
            });
        }
        function open(yes) {
            panel.hidden = !yes;
            toggle.setAttribute('aria-expanded', String(yes));
            if (yes) {
                if (choices === null) {
                    load();
                } else {
                    drawList();
                }
                search.focus();
            }
        }
        var timer = null;
        search.addEventListener('input', function () {
            if (choices !== null && (choices.length >= LONG || searched !== '')) {
                clearTimeout(timer);
                timer = setTimeout(load, 250);
            } else {
                drawList();
            }
        });
        toggle.addEventListener('click', function () {
            open(panel.hidden);
        });
        apply.addEventListener('click', function () {
            selected = Array.prototype.filter.call(list.querySelectorAll('input:checked'), function () {
                return true;
            }).map(function (input) {
                return input.value;
            });
            showSummary();
            open(false);
            change(selected.slice());
        });
        none.addEventListener('click', function () {
            list.querySelectorAll('input:checked').forEach(function (input) {
                input.checked = false;
            });
        });
        panel.addEventListener('keydown', function (e) {
            if (e.key === 'Escape') {
                open(false);
                toggle.focus();
            }
        });
        document.addEventListener('click', function (e) {
            if (!panel.hidden && !box.contains(e.target)) {
                open(false);
            }
        });
        showSummary();
        return {
            show: function (v) {
                selected = Array.isArray(v) ? v.map(String) : isEmpty(v) ? [] : [String(v)];
                showSummary();
            },
            invalidate: function () {
                choices = null;
                if (!panel.hidden) {
                    load();
                }
            }
        };
    }

    function inputWidget(filter, box, value, change) {
        var input = el('input', 'iq-dash-filter-input');
        input.type = 'text';
        input.setAttribute('aria-labelledby', box.getAttribute('data-label-id'));
        input.inputMode = filter.type === 'number' ? 'decimal' : 'text';
        input.placeholder = parts.text('filter.hint.' + filter.type);
        box.appendChild(input);
        function show(v) {
            input.value = isEmpty(v) ? '' : Array.isArray(v) ? v.join(', ') : String(v);
        }
        input.addEventListener('change', function () {
            var text = input.value.trim();
            if (text === '') {
                change(null);
            } else if (filter.type === 'id') {
                change(text.split(',').map(function (s) {
                    return s.trim();
                }).filter(function (s) {
                    return s !== '';
                }));
            } else if (filter.type === 'number' && /^-?\d+(\.\d+)?$/.test(text)) {
                change(Number(text));
            } else {
                change(text);
            }
        });
        show(value);
        return {show: show};
    }

    /**
     * Builds the bar into {@code container}. options: {values, onChange(id, value), choices(id, q) → Promise of
     * [{value, label}], hidden: ids not to show}. Returns {show(id, value), parentChanged(id)}.
     */
    function build(container, filters, options) {
        container.textContent = '';
        var widgets = {};
        (filters || []).forEach(function (filter) {
            if (options.hidden && options.hidden.indexOf(filter.id) >= 0) {
                return;
            }
            var box = container.appendChild(el('div', 'iq-dash-filter iq-dash-filter-' + filter.type));
            box.setAttribute('data-filter-id', filter.id);
            box.setAttribute('data-type', filter.type);
            var labelId = 'dashFilterLabel-' + filter.id;
            box.setAttribute('data-label-id', labelId);
            var label = box.appendChild(el('span', 'iq-dash-filter-label', filter.name || filter.id));
            label.id = labelId;
            if (filter.required) {
                var star = label.appendChild(el('span', 'iq-dash-required', ' *'));
                star.title = parts.text('filter.required');
            }
            var change = function (value) {
                options.onChange(filter.id, value);
            };
            var value = options.values[filter.id];
            var widget = filter.type === 'date' ? dateWidget(filter, box, value, change)
                : filter.type === 'category' ? categoryWidget(filter, box, value, change, options)
                    : inputWidget(filter, box, value, change);
            if (!filter.required) {
                var clear = box.appendChild(el('button', 'iq-dash-filter-clear ui-button ui-widget ui-button-flat'));
                clear.type = 'button';
                clear.title = parts.text('filter.clear');
                clear.setAttribute('aria-label', (filter.name || filter.id) + ': ' + parts.text('filter.clear'));
                clear.appendChild(el('i', 'pi pi-times')).setAttribute('aria-hidden', 'true');
                clear.addEventListener('click', function () {
                    widget.show(null);
                    change(null);
                });
            }
            widgets[filter.id] = widget;
        });
        container.hidden = Object.keys(widgets).length === 0;
        return {
            show: function (id, value) {
                if (widgets[id]) {
                    widgets[id].show(value);
                }
            },
            parentChanged: function (id) {
                (filters || []).forEach(function (f) {
                    if ((f.linkedTo || []).indexOf(id) >= 0 && widgets[f.id] && widgets[f.id].invalidate) {
                        widgets[f.id].invalidate();
                    }
                });
            }
        };
    }

    parts.filters = {build: build, isEmpty: isEmpty};
}());
