/*
 * Edit mode of the dashboard page (page-edit part of issue 6). Entry: InsightIQ.dashboardEdit.start().
 *
 * Editing works on a client-side copy of the page's model (DashboardInfo JSON, from InsightIQ.dashboard.current()):
 * the grid becomes movable and resizable, cards, filters and tabs are added, changed and removed in the copy, and
 * the page draws the copy with current().render(copy). Save sends the whole copy once (remote command iqDashSave →
 * DashboardEditView.save); a refusal (overlap, stale version) is shown in the page and the copy is kept. Cancel draws
 * the saved model again. The side panel (cards, filters, tabs, question picker) is dashboard-edit-panel.js.
 */
(function () {
    'use strict';
    var ns = window.InsightIQ = window.InsightIQ || {};
    var SIZES = {question: [12, 6], text: [8, 4], heading: [24, 1], link: [6, 2]};
    var REFRESH = [1, 5, 10, 30, 60];
    /** The page's own address parameters (DashboardChecks.RESERVED_FILTER_IDS): never a filter's id. */
    var RESERVED_FILTER_IDS = ['id', 'tab', 'edit'];
    var state = {editing: false, draft: null, saved: null, questions: {}, selected: null, nextId: -1, busy: false,
        texts: null, waits: 0};

    function root() {
        return document.getElementById('dashboardEdit');
    }

    /** A text of the page's language (data-texts of #dashboardEdit), {0}… replaced by the arguments. */
    function t(key) {
        if (!state.texts) {
            try {
                state.texts = JSON.parse((root() && root().getAttribute('data-texts')) || '{}');
            } catch (e) {
                state.texts = {};
            }
        }
        var args = Array.prototype.slice.call(arguments, 1);
        return String(state.texts[key] || key).replace(/\{(\d+)\}/g, function (m, i) {
            return args[i] === undefined ? m : args[i];
        });
    }

    function page() {
        var d = ns.dashboard;
        return d && typeof d.current === 'function' ? d.current() : null;
    }

    function clone(value) {
        return JSON.parse(JSON.stringify(value));
    }

    /** An element with attributes (on* → listeners) and children (strings become text, never HTML). */
    function el(tag, attrs, children) {
        var node = document.createElement(tag);
        Object.keys(attrs || {}).forEach(function (k) {
            var v = attrs[k];
            if (v === null || v === undefined || v === false) {
                return;
            }
            if (k.indexOf('on') === 0 && typeof v === 'function') {
                node.addEventListener(k.substring(2), v);
            } else if (k === 'value') {
                node.value = v;
            } else if (k === 'checked') {
                node.checked = !!v;
            } else {
                node.setAttribute(k, v === true ? '' : v);
            }
        });
        (children || []).forEach(function (c) {
            if (c !== null && c !== undefined) {
                node.appendChild(typeof c === 'string' ? document.createTextNode(c) : c);
            }
        });
        return node;
    }

    function normalize(model) {
        var d = clone(model);
        d.tabs = d.tabs || [];
        d.filters = d.filters || [];
        d.cards = d.cards || [];
        d.cards.forEach(function (c) {
            c.mappings = c.mappings || [];
        });
        d.filters.forEach(function (f) {
            f.linkedTo = f.linkedTo || [];
        });
        return d;
    }

    function card(id) {
        return state.draft.cards.filter(function (c) {
            return String(c.id) === String(id);
        })[0] || null;
    }

    function filter(id) {
        return state.draft.filters.filter(function (f) {
            return f.id === id;
        })[0] || null;
    }

    function gridItems() {
        var p = page();
        if (p && p.grid && typeof p.grid.getGridItems === 'function') {
            return p.grid.getGridItems();
        }
        return Array.prototype.slice.call(document.querySelectorAll('.grid-stack-item[gs-id], .grid-stack-item[data-card-id]'));
    }

    function itemId(item) {
        return item.getAttribute('gs-id') || item.getAttribute('data-card-id');
    }

    /** Positions and sizes as the grid shows them, into the draft (only the cards of the tab on show). */
    function syncLayout() {
        var p = page();
        // A narrow window shows the grid in one column (a list): its positions are not the dashboard's layout.
        if (!state.draft || (p && p.grid && typeof p.grid.getColumn === 'function' && p.grid.getColumn() !== 24)) {
            return;
        }
        gridItems().forEach(function (item) {
            var c = card(itemId(item));
            var n = item.gridstackNode;
            if (c && n) {
                c.col = n.x;
                c.row = n.y;
                c.width = n.w;
                c.height = n.h;
            }
        });
    }

    function enableGrid() {
        var p = page();
        if (p && p.grid && typeof p.grid.setStatic === 'function') {
            p.grid.setStatic(false);
            if (typeof p.grid.enableMove === 'function') {
                p.grid.enableMove(true);
                p.grid.enableResize(true);
            }
        }
    }

    /** The tab on show: that of a card in the grid, else ?tab=, else the first; null without tabs. */
    function currentTab() {
        var tabs = state.draft.tabs;
        if (!tabs.length) {
            return null;
        }
        var p = page();
        var ids = tabs.map(function (x) {
            return x.id;
        });
        if (p && typeof p.tab === 'function' && ids.indexOf(p.tab()) >= 0) {
            return p.tab();
        }
        var shown = gridItems().map(function (item) {
            return card(itemId(item));
        }).filter(function (c) {
            return c && ids.indexOf(c.tab) >= 0;
        })[0];
        if (shown) {
            return shown.tab;
        }
        var asked = new URLSearchParams(window.location.search).get('tab');
        return ids.indexOf(asked) >= 0 ? asked : ids[0];
    }

    /** The first free row below every card of a tab. */
    function bottom(tab) {
        return state.draft.cards.filter(function (c) {
            return (c.tab || null) === (tab || null);
        }).reduce(function (most, c) {
            return Math.max(most, (c.row || 0) + (c.height || 1));
        }, 0);
    }

    /** Draws the draft (after layout was read back), then makes the grid editable and marks the cards again. */
    function redraw() {
        var p = page();
        syncLayout();
        if (p && typeof p.render === 'function') {
            var drawn = p.render(clone(state.draft));
            if (drawn && typeof drawn.then === 'function') {
                drawn.then(afterDraw, afterDraw);
            }
        }
        afterDraw();
        window.setTimeout(afterDraw, 0);
    }

    function afterDraw() {
        if (state.editing) {
            enableGrid();
            decorate();
        }
    }

    function questionOf(c) {
        return c && c.questionId ? state.questions[c.questionId] : null;
    }

    function mappingOf(c, filterId) {
        var m = (c.mappings || []).filter(function (x) {
            return x.filterId === filterId;
        })[0];
        return m ? m.parameter : '';
    }

    function setMapping(c, filterId, parameter) {
        c.mappings = (c.mappings || []).filter(function (x) {
            return x.filterId !== filterId;
        });
        if (parameter) {
            c.mappings.push({filterId: filterId, parameter: parameter});
        }
        decorate();
    }

    /** A select of the question's parameters (or "—": not applied) for one filter of one card. */
    function wireSelect(c, f, className) {
        var q = questionOf(c);
        var options = [el('option', {value: ''}, [t('notApplied')])];
        ((q && q.parameters) || []).forEach(function (p) {
            options.push(el('option', {value: p.name}, [p.label && p.label !== p.name ? p.label + ' ({{' + p.name + '}})'
                : '{{' + p.name + '}}']));
        });
        var current = mappingOf(c, f.id);
        if (current && !(q && q.parameters.some(function (p) {
            return p.name === current;
        }))) {
            options.push(el('option', {value: current}, ['{{' + current + '}}']));
        }
        var select = el('select', {'class': className, 'data-card-id': String(c.id), 'data-filter-id': f.id,
            'aria-label': t('wireLabel', f.name || f.id, title(c)),
            onchange: function () {
                setMapping(c, f.id, select.value);
            }}, options);
        select.value = current;
        return select;
    }

    function title(c) {
        return c.title || c.questionName || (questionOf(c) && questionOf(c).name) || c.text || t('kind.' + c.kind);
    }

    function unwired(c) {
        return state.draft.filters.filter(function (f) {
            return !mappingOf(c, f.id);
        });
    }

    /** Edit controls on every card the grid shows: settings, remove, the wiring of the selected filter. */
    function decorate() {
        if (!state.editing) {
            return;
        }
        var selected = state.selected;
        var f = selected && selected.type === 'filter' ? filter(selected.id) : null;
        gridItems().forEach(function (item) {
            var c = card(itemId(item));
            var host = item.querySelector('.grid-stack-item-content') || item;
            item.classList.toggle('iq-edit-card-selected', !!(c && selected && selected.type === 'card'
                && String(selected.id) === String(c.id)));
            // Controls that would look the same stay (a select being used is not replaced under the pointer).
            var signature = c ? JSON.stringify([c.mappings, c.title, f, state.draft.filters.map(function (x) {
                return [x.id, x.name];
            }), !!questionOf(c)]) : '';
            var old = Array.prototype.slice.call(host.querySelectorAll('.iq-edit-tools'));
            if (c && old.length === 1 && old[0].getAttribute('data-signature') === signature) {
                return;
            }
            old.forEach(function (x) {
                x.remove();
            });
            if (!c) {
                return;
            }
            var tools = el('div', {'class': 'iq-edit-tools', 'data-card-id': String(c.id)}, [
                el('button', {type: 'button', 'class': 'iq-edit-icon iq-edit-card-settings', title: t('cardSettings'),
                    'aria-label': t('cardSettings') + ': ' + title(c), onclick: function () {
                        ns.dashboardEdit.select({type: 'card', id: c.id});
                    }}, [el('i', {'class': 'pi pi-cog', 'aria-hidden': 'true'})]),
                el('button', {type: 'button', 'class': 'iq-edit-icon iq-edit-card-remove', title: t('removeCard'),
                    'aria-label': t('removeCard') + ': ' + title(c), onclick: function () {
                        removeCard(c.id);
                    }}, [el('i', {'class': 'pi pi-trash', 'aria-hidden': 'true'})])
            ]);
            if (c.kind === 'question') {
                var missing = unwired(c);
                if (missing.length) {
                    tools.appendChild(el('span', {'class': 'iq-edit-unwired', title: t('notAppliedHint')}, [
                        t('notAppliedTo', missing.map(function (f) {
                            return f.name || f.id;
                        }).join(', '))]));
                }
                if (f) {
                    tools.appendChild(el('label', {'class': 'iq-edit-wire'}, [
                        el('span', {}, [t('wireTo', f.name || f.id)]), wireSelect(c, f, 'iq-edit-wire-select')]));
                }
            }
            tools.setAttribute('data-signature', signature);
            host.appendChild(tools);
        });
    }

    function addCard(kind, fields) {
        syncLayout();
        var size = SIZES[kind];
        var tab = currentTab();
        var c = Object.assign({id: state.nextId--, kind: kind, questionId: null, tab: tab, col: 0, row: bottom(tab),
            width: size[0], height: size[1], title: null, text: null, url: null, mappings: [], click: null,
            unmapped: [], problem: null}, fields || {});
        state.draft.cards.push(c);
        redraw();
        return c;
    }

    function removeCard(id) {
        state.draft.cards = state.draft.cards.filter(function (c) {
            return String(c.id) !== String(id);
        });
        if (state.selected && state.selected.type === 'card' && String(state.selected.id) === String(id)) {
            state.selected = null;
            panel().close();
        }
        redraw();
    }

    function panel() {
        return ns.dashboardEditPanel || {open: function () {}, close: function () {}, refresh: function () {}};
    }

    /** The bar goes above the read mode's filters and grid (the page includes it after them). */
    function placeBar() {
        var bar = root();
        var dashboard = document.getElementById('dashboard');
        var anchor = dashboard && (dashboard.querySelector('#dashboardFilters') || dashboard.querySelector('#dashboardGrid'));
        if (bar && anchor && bar.nextElementSibling !== anchor) {
            anchor.parentNode.insertBefore(bar, anchor);
        }
    }

    /** The top bar of edit mode: name, what to add, filters, tabs, auto-refresh, Save and Cancel. */
    function buildBar() {
        var bar = document.getElementById('dashboardEditBar');
        if (!bar) {
            return;
        }
        bar.textContent = '';
        var d = state.draft;
        var refresh = el('select', {id: 'editAutoRefresh', 'class': 'iq-edit-select', onchange: function () {
            d.autoRefreshMinutes = refresh.value ? Number(refresh.value) : null;
        }}, [el('option', {value: ''}, [t('refreshOff')])].concat(REFRESH.map(function (m) {
            return el('option', {value: String(m)}, [t('refreshEvery', m)]);
        })));
        refresh.value = d.autoRefreshMinutes ? String(d.autoRefreshMinutes) : '';
        var filters = el('div', {'class': 'iq-edit-group', role: 'group', 'aria-label': t('filters')},
            [el('span', {'class': 'iq-edit-group-label'}, [t('filters')])].concat(d.filters.map(function (f) {
                return el('button', {type: 'button', 'class': 'iq-edit-chip iq-edit-filter-chip'
                    + (isSelected('filter', f.id) ? ' iq-edit-chip-on' : ''), 'data-filter-id': f.id,
                    onclick: function () {
                        ns.dashboardEdit.select({type: 'filter', id: f.id});
                    }}, [el('i', {'class': 'pi pi-filter', 'aria-hidden': 'true'}), f.name || f.id]);
            })).concat([button('editAddFilter', 'pi-plus', t('addFilter'), addFilter)]));
        var tabs = el('div', {'class': 'iq-edit-group', role: 'group', 'aria-label': t('tabs')},
            [el('span', {'class': 'iq-edit-group-label'}, [t('tabs')])].concat(d.tabs.map(function (x) {
                return el('button', {type: 'button', 'class': 'iq-edit-chip iq-edit-tab-chip'
                    + (isSelected('tab', x.id) ? ' iq-edit-chip-on' : ''), 'data-tab-id': x.id, onclick: function () {
                        ns.dashboardEdit.select({type: 'tab', id: x.id});
                    }}, [x.name || x.id]);
            })).concat([button('editAddTab', 'pi-plus', t('addTab'), addTab)]));
        bar.appendChild(el('div', {'class': 'iq-edit-row'}, [
            el('label', {'class': 'iq-edit-name'}, [el('span', {'class': 'iq-visually-hidden'}, [t('name')]),
                el('input', {id: 'editName', type: 'text', maxlength: '255', value: d.name || '',
                    'aria-label': t('name'), oninput: function (e) {
                        d.name = e.target.value;
                    }})]),
            el('span', {'class': 'iq-edit-spacer'}),
            el('label', {'class': 'iq-edit-refresh'}, [t('autoRefresh') + ' ', refresh]),
            button('editCancel', 'pi-times', t('cancel'), cancel, 'iq-edit-button-flat'),
            button('editSave', 'pi-check', t('save'), save, 'iq-edit-button-primary')
        ]));
        bar.appendChild(el('div', {'class': 'iq-edit-row'}, [
            el('div', {'class': 'iq-edit-group', role: 'group', 'aria-label': t('add')}, [
                el('span', {'class': 'iq-edit-group-label'}, [t('add')]),
                button('editAddQuestion', 'pi-chart-bar', t('kind.question'), function () {
                    ns.dashboardEdit.select({type: 'pick'});
                }),
                button('editAddText', 'pi-align-left', t('kind.text'), function () {
                    var c = addCard('text', {text: t('newText')});
                    ns.dashboardEdit.select({type: 'card', id: c.id});
                }),
                button('editAddHeading', 'pi-bars', t('kind.heading'), function () {
                    var c = addCard('heading', {text: t('newHeading')});
                    ns.dashboardEdit.select({type: 'card', id: c.id});
                }),
                button('editAddLink', 'pi-link', t('kind.link'), function () {
                    var c = addCard('link', {url: 'https://', text: t('newLink')});
                    ns.dashboardEdit.select({type: 'card', id: c.id});
                })
            ]),
            filters, tabs
        ]));
    }

    function button(id, icon, label, action, extra) {
        return el('button', {type: 'button', id: id, 'class': 'iq-edit-button ' + (extra || ''), onclick: action},
            [el('i', {'class': 'pi ' + icon, 'aria-hidden': 'true'}), label]);
    }

    function isSelected(type, id) {
        return !!(state.selected && state.selected.type === type && state.selected.id === id);
    }

    /** A slug for an id: lowercase letters, digits and dashes, unique among {@code taken}. */
    function slug(text, taken, fallback) {
        var base = String(text || '').toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '')
            .replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').substring(0, 56) || fallback;
        var id = base;
        for (var n = 2; taken.indexOf(id) >= 0; n++) {
            id = base + '-' + n;
        }
        return id;
    }

    function addFilter() {
        var d = state.draft;
        var name = t('newFilter', d.filters.length + 1);
        var f = {id: slug(name, d.filters.map(function (x) {
            return x.id;
        }).concat(RESERVED_FILTER_IDS), 'filter'), name: name, type: 'category', 'default': null, required: false,
            columnId: null, linkedTo: [], isNew: true};
        d.filters.push(f);
        ns.dashboardEdit.select({type: 'filter', id: f.id});
        redraw();
    }

    /** A new filter's id follows its name; mappings, links and clicks that name it follow too. */
    function renameFilter(f, name) {
        f.name = name;
        if (!f.isNew) {
            return;
        }
        var others = state.draft.filters.filter(function (x) {
            return x !== f;
        }).map(function (x) {
            return x.id;
        });
        var old = f.id;
        var id = slug(name, others.concat(RESERVED_FILTER_IDS), 'filter');
        if (id === old) {
            return;
        }
        f.id = id;
        state.draft.cards.forEach(function (c) {
            (c.mappings || []).forEach(function (m) {
                if (m.filterId === old) {
                    m.filterId = id;
                }
            });
            if (c.click && c.click.filterId === old) {
                c.click.filterId = id;
            }
        });
        state.draft.filters.forEach(function (x) {
            x.linkedTo = (x.linkedTo || []).map(function (l) {
                return l === old ? id : l;
            });
        });
        if (isSelected('filter', old)) {
            state.selected.id = id;
        }
    }

    function removeFilter(id) {
        var d = state.draft;
        d.filters = d.filters.filter(function (f) {
            return f.id !== id;
        });
        d.filters.forEach(function (f) {
            f.linkedTo = (f.linkedTo || []).filter(function (l) {
                return l !== id;
            });
        });
        d.cards.forEach(function (c) {
            c.mappings = (c.mappings || []).filter(function (m) {
                return m.filterId !== id;
            });
            if (c.click && c.click.action === 'filter' && c.click.filterId === id) {
                c.click = null;
            }
        });
        state.selected = null;
        panel().close();
        buildBar();
        redraw();
    }

    function addTab() {
        var d = state.draft;
        var name = t('newTab', d.tabs.length + 1);
        var x = {id: slug(name, d.tabs.map(function (y) {
            return y.id;
        }), 'tab'), name: name};
        var first = d.tabs.length === 0;
        d.tabs.push(x);
        if (first) {
            d.cards.forEach(function (c) {
                c.tab = x.id;
            });
        }
        buildBar();
        ns.dashboardEdit.select({type: 'tab', id: x.id});
        redraw();
    }

    /** A removed tab's cards go below those of the first remaining tab (never on top of them). */
    function removeTab(id) {
        var d = state.draft;
        syncLayout();
        d.tabs = d.tabs.filter(function (x) {
            return x.id !== id;
        });
        var target = d.tabs.length ? d.tabs[0].id : null;
        d.cards.filter(function (c) {
            return c.tab === id;
        }).forEach(function (c) {
            moveToTab(c, target);
        });
        if (!d.tabs.length) {
            d.cards.forEach(function (c) {
                c.tab = null;
            });
        }
        state.selected = null;
        panel().close();
        buildBar();
        redraw();
    }

    function moveToTab(c, tab) {
        if ((c.tab || null) === (tab || null)) {
            return;
        }
        var row = bottom(tab);
        c.tab = tab;
        c.row = row;
        c.col = 0;
    }

    /** The DashboardForm the server takes (PUT semantics: the whole dashboard). */
    function form(d) {
        return {
            name: d.name, description: d.description || null, collectionId: d.collectionId === undefined ? null
                : d.collectionId,
            tabs: d.tabs.map(function (x) {
                return {id: x.id, name: x.name};
            }),
            filters: d.filters.map(function (f) {
                return {id: f.id, name: f.name, type: f.type, 'default': f['default'] === undefined ? null
                    : f['default'], required: !!f.required, columnId: f.columnId || null, linkedTo: f.linkedTo || []};
            }),
            cards: d.cards.map(function (c) {
                return {id: c.id > 0 ? c.id : null, kind: c.kind, questionId: c.questionId || null, tab: c.tab || null,
                    col: c.col, row: c.row, width: c.width, height: c.height, title: c.title || null,
                    text: c.text === undefined ? null : c.text, url: c.url || null, mappings: c.mappings || [],
                    click: c.click || null};
            }),
            autoRefreshMinutes: d.autoRefreshMinutes || null,
            version: d.version
        };
    }

    function problem(text) {
        var box = document.getElementById('dashboardEditProblem');
        if (box) {
            box.textContent = text || '';
            box.hidden = !text;
        }
    }

    function save() {
        if (state.busy || typeof window.iqDashSave !== 'function') {
            return;
        }
        syncLayout();
        state.busy = true;
        problem('');
        var saveButton = document.getElementById('editSave');
        if (saveButton) {
            saveButton.disabled = true;
        }
        window.iqDashSave([{name: 'model', value: JSON.stringify(form(state.draft))},
            {name: 'dashboard', value: String(state.draft.id)}]);
    }

    function saved(xhr, status, args) {
        state.busy = false;
        var saveButton = document.getElementById('editSave');
        if (saveButton) {
            saveButton.disabled = false;
        }
        if (args && args.dashboard) {
            stop(JSON.parse(args.dashboard));
        } else {
            problem((args && args.problem) || t('saveFailed'));
        }
    }

    function cancel() {
        stop(state.saved);
    }

    /** Leaves edit mode drawing {@code model}; the URL loses ?edit=true so a reload shows the read mode. */
    function stop(model) {
        state.editing = false;
        state.draft = null;
        state.selected = null;
        document.body.classList.remove('iq-dash-editing');
        panel().close();
        problem('');
        if (root()) {
            root().hidden = true;
        }
        var p = page();
        if (p && model && typeof p.render === 'function') {
            p.render(clone(model));
        }
        p = page();
        if (p && p.grid && typeof p.grid.setStatic === 'function') {
            p.grid.setStatic(true);
        }
        Array.prototype.slice.call(document.querySelectorAll('.iq-edit-tools')).forEach(function (x) {
            x.remove();
        });
        var url = new URL(window.location.href);
        if (url.searchParams.has('edit')) {
            url.searchParams.delete('edit');
            window.history.replaceState(window.history.state, '', url.toString());
        }
    }

    /** Asks for the parameters of questions not described yet. */
    function describe(ids) {
        var wanted = ids.filter(function (id) {
            return id && !state.questions[id];
        });
        if (wanted.length && typeof window.iqDashDescribe === 'function') {
            window.iqDashDescribe([{name: 'ids', value: wanted.join(',')},
                {name: 'dashboard', value: String(state.draft ? state.draft.id : '')}]);
        }
    }

    function described(xhr, status, args) {
        if (args && args.questions) {
            var found = JSON.parse(args.questions);
            Object.keys(found).forEach(function (id) {
                state.questions[id] = found[id];
            });
            decorate();
            panel().refresh();
        }
    }

    function start() {
        if (state.editing) {
            return;
        }
        var p = page();
        if (!p || !p.model) {
            // The read mode may still be drawing the page: try again shortly (for about ten seconds).
            if (state.waits++ < 100) {
                window.setTimeout(start, 100);
            }
            return;
        }
        state.waits = 0;
        state.saved = clone(p.model);
        state.draft = normalize(p.model);
        state.editing = true;
        document.body.classList.add('iq-dash-editing');
        if (root()) {
            root().hidden = false;
        }
        problem('');
        placeBar();
        buildBar();
        enableGrid();
        decorate();
        describe(state.draft.cards.map(function (c) {
            return c.questionId;
        }));
    }

    ns.dashboardEdit = Object.assign(ns.dashboardEdit || {}, {
        start: start,
        cancel: cancel,
        save: save,
        saved: saved,
        described: described,
        /** The model being edited (null outside edit mode); tests and the side panel change it in place. */
        draft: function () {
            return state.draft;
        },
        isEditing: function () {
            return state.editing;
        },
        select: function (what) {
            state.selected = what;
            buildBar();
            decorate();
            if (what) {
                panel().open(what);
            } else {
                panel().close();
            }
        },
        selected: function () {
            return state.selected;
        },
        /** A revision was restored (callback param dashboard): the page draws it. */
        restored: function (xhr, status, args) {
            if (args && args.dashboard) {
                var p = page();
                if (p && typeof p.render === 'function') {
                    p.render(JSON.parse(args.dashboard));
                }
            }
        },
        // for the side panel
        t: t, el: el, card: card, filter: filter, questionOf: questionOf, title: title, wireSelect: wireSelect,
        setMapping: setMapping, addCard: addCard, removeCard: removeCard, renameFilter: renameFilter,
        removeFilter: removeFilter, removeTab: removeTab, moveToTab: moveToTab, describe: describe,
        redraw: redraw, buildBar: buildBar, decorate: decorate, syncLayout: syncLayout, currentTab: currentTab
    });

    // ?edit=true opens edit mode (new dashboards open so), also when the read mode does not start it itself.
    document.addEventListener('DOMContentLoaded', function () {
        if (root() && new URLSearchParams(window.location.search).get('edit') === 'true') {
            window.setTimeout(start, 0);
        }
    });
}());
