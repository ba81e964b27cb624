/*
 * The side panel of the dashboard's edit mode (#dashboardEditPanel): the question picker (search as you type over
 * the tenant's saved questions), a card's settings (title, text, link, tab, filter wiring, click behaviour), a
 * filter's settings (name, type, default, required, linked filters) and a tab's. Changes go into the draft of
 * dashboard-edit.js at once; what changes the drawing redraws when the panel closes.
 */
(function () {
    'use strict';
    var ns = window.InsightIQ = window.InsightIQ || {};
    var TYPES = ['date', 'category', 'number', 'text', 'id'];
    var CLICKS = ['', 'filter', 'question', 'dashboard', 'url'];
    var current = null;
    var stale = false;
    var searchTimer = null;

    function edit() {
        return ns.dashboardEdit;
    }

    function t() {
        return edit().t.apply(null, arguments);
    }

    function el(tag, attrs, children) {
        return edit().el(tag, attrs, children);
    }

    function box() {
        return document.getElementById('dashboardEditPanel');
    }

    function field(id, label, input, hint) {
        return el('div', {'class': 'iq-edit-field'}, [el('label', {'for': id}, [label]), input,
            hint ? el('small', {'class': 'iq-edit-hint'}, [hint]) : null]);
    }

    function input(id, value, onChange, attrs) {
        return el('input', Object.assign({id: id, type: 'text', value: value === null || value === undefined ? ''
            : String(value), oninput: function (e) {
                onChange(e.target.value);
                stale = true;
            }}, attrs || {}));
    }

    function select(id, options, value, onChange) {
        var s = el('select', {id: id, onchange: function () {
            onChange(s.value);
        }}, options.map(function (o) {
            return el('option', {value: o[0]}, [o[1]]);
        }));
        s.value = value === null || value === undefined ? '' : String(value);
        return s;
    }

    function open(what) {
        if (stale && edit().isEditing()) {
            stale = false;
            edit().redraw();
        }
        current = what;
        draw();
        var panel = box();
        if (panel) {
            panel.hidden = false;
            document.body.classList.add('iq-dash-panel-open');
            var first = panel.querySelector('input, select, textarea');
            if (first) {
                first.focus();
            }
        }
    }

    function close() {
        current = null;
        var panel = box();
        document.body.classList.remove('iq-dash-panel-open');
        if (panel) {
            panel.hidden = true;
            panel.textContent = '';
        }
        if (stale && edit().isEditing()) {
            stale = false;
            edit().redraw();
        }
    }

    function draw() {
        var panel = box();
        var draft = edit().draft();
        if (!panel || !current || !draft) {
            return;
        }
        panel.textContent = '';
        var body;
        if (current.type === 'pick') {
            body = picker();
        } else if (current.type === 'card' && edit().card(current.id)) {
            body = cardSettings(edit().card(current.id));
        } else if (current.type === 'filter' && edit().filter(current.id)) {
            body = filterSettings(edit().filter(current.id));
        } else if (current.type === 'tab') {
            body = tabSettings(draft.tabs.filter(function (x) {
                return x.id === current.id;
            })[0]);
        }
        if (!body) {
            return;
        }
        panel.appendChild(el('div', {'class': 'iq-edit-panel-head'}, [
            el('h2', {'class': 'iq-edit-panel-title'}, [body.title]),
            el('button', {type: 'button', id: 'editPanelClose', 'class': 'iq-edit-button iq-edit-button-primary',
                onclick: function () {
                    edit().select(null);
                }}, [t('done')])]));
        panel.appendChild(body.content);
    }

    function picker() {
        var hits = el('ul', {id: 'editQuestionHits', 'class': 'iq-edit-hits', 'aria-live': 'polite'});
        var search = input('editQuestionSearch', '', function (text) {
            window.clearTimeout(searchTimer);
            searchTimer = window.setTimeout(function () {
                find(text);
            }, 250);
        }, {type: 'search', placeholder: t('searchQuestions'), autocomplete: 'off'});
        stale = false;
        window.setTimeout(function () {
            find('');
        }, 0);
        return {title: t('addQuestion'), content: el('div', {}, [
            field('editQuestionSearch', t('searchQuestions'), search), hits])};
    }

    function find(text) {
        if (typeof window.iqDashFind === 'function') {
            window.iqDashFind([{name: 'q', value: text}]);
        }
    }

    /** Remote command answer: the questions found, each a button that adds it as a card. */
    function found(xhr, status, args) {
        var list = document.getElementById('editQuestionHits');
        var search = document.getElementById('editQuestionSearch');
        if (!list || !args || !args.hits || (search && typeof args.q === 'string' && args.q !== search.value)) {
            return; // an answer to an earlier text
        }
        var hits = JSON.parse(args.hits);
        list.textContent = '';
        if (!hits.length) {
            list.appendChild(el('li', {'class': 'iq-edit-empty'}, [t('noQuestions')]));
        }
        hits.forEach(function (h) {
            list.appendChild(el('li', {}, [el('button', {type: 'button', 'class': 'iq-edit-hit',
                'data-question-id': String(h.id), onclick: function () {
                    var c = edit().addCard('question', {questionId: h.id, questionName: h.name});
                    edit().describe([h.id]);
                    var note = document.getElementById('editQuestionAdded');
                    if (note) {
                        note.textContent = t('added', h.name);
                    }
                    return c;
                }}, [el('i', {'class': 'pi pi-chart-bar', 'aria-hidden': 'true'}), el('span', {}, [h.name]),
                h.collection ? el('small', {}, [h.collection]) : null])]));
        });
        list.appendChild(el('li', {id: 'editQuestionAdded', 'class': 'iq-edit-hint', role: 'status'}));
    }

    function cardSettings(c) {
        var draft = edit().draft();
        var parts = [];
        var q = edit().questionOf(c);
        parts.push(field('editCardTitle', t('cardTitle'), input('editCardTitle', c.title, function (v) {
            c.title = v || null;
        }, {maxlength: '255', placeholder: c.questionName || (q && q.name) || ''})));
        if (c.kind === 'text' || c.kind === 'heading') {
            var area = el('textarea', {id: 'editCardText', rows: c.kind === 'text' ? '8' : '2', maxlength: '10000',
                oninput: function (e) {
                    c.text = e.target.value;
                    stale = true;
                }});
            area.value = c.text || '';
            parts.push(field('editCardText', c.kind === 'text' ? t('markdown') : t('headingText'), area,
                c.kind === 'text' ? t('markdownHint') : null));
        }
        if (c.kind === 'link') {
            parts.push(field('editCardUrl', t('url'), input('editCardUrl', c.url, function (v) {
                c.url = v;
            }, {type: 'url', maxlength: '2000'})));
            parts.push(field('editCardText', t('linkLabel'), input('editCardText', c.text, function (v) {
                c.text = v;
            }, {maxlength: '255'})));
        }
        if (draft.tabs.length) {
            parts.push(field('editCardTab', t('tab'), select('editCardTab', draft.tabs.map(function (x) {
                return [x.id, x.name];
            }), c.tab, function (v) {
                edit().syncLayout();
                edit().moveToTab(c, v);
                stale = true;
            })));
        }
        if (c.kind === 'question') {
            parts.push(wiring(c));
            parts.push(clickSettings(c));
        }
        parts.push(el('button', {type: 'button', id: 'editCardRemove', 'class': 'iq-edit-button iq-edit-button-danger',
            onclick: function () {
                edit().removeCard(c.id);
            }}, [el('i', {'class': 'pi pi-trash', 'aria-hidden': 'true'}), t('removeCard')]));
        return {title: edit().title(c), content: el('div', {}, parts)};
    }

    /** For each dashboard filter, the question parameter it sets on this card ("—": not applied). */
    function wiring(c) {
        var filters = edit().draft().filters;
        var rows = filters.map(function (f) {
            var s = edit().wireSelect(c, f, 'iq-edit-card-wire');
            s.id = 'editWire-' + f.id;
            return field(s.id, f.name || f.id, s);
        });
        return el('fieldset', {'class': 'iq-edit-fieldset'}, [el('legend', {}, [t('wiring')])].concat(rows.length
            ? rows : [el('p', {'class': 'iq-edit-hint'}, [t('noFilters')])]));
    }

    function clickSettings(c) {
        var click = c.click || {action: ''};
        var draft = edit().draft();
        var rows = [field('editClickAction', t('clickAction'), select('editClickAction', CLICKS.map(function (a) {
            return [a, t('click.' + (a || 'none'))];
        }), click.action, function (v) {
            c.click = v ? {action: v, filterId: null, column: null, targetId: null, url: null, pass: null} : null;
            draw();
        }))];
        if (click.action === 'filter') {
            rows.push(field('editClickFilter', t('clickFilter'), select('editClickFilter', [['', '—']]
                .concat(draft.filters.map(function (f) {
                    return [f.id, f.name || f.id];
                })), click.filterId, function (v) {
                c.click.filterId = v || null;
            })));
            rows.push(field('editClickColumn', t('clickColumn'), input('editClickColumn', click.column, function (v) {
                c.click.column = v || null;
            }, {maxlength: '255'}), t('clickColumnHint')));
        } else if (click.action === 'question' || click.action === 'dashboard') {
            rows.push(field('editClickTarget', t('clickTarget'), input('editClickTarget', click.targetId, function (v) {
                c.click.targetId = /^\d+$/.test(v.trim()) ? Number(v.trim()) : null;
            }, {inputmode: 'numeric'})));
        } else if (click.action === 'url') {
            rows.push(field('editClickUrl', t('clickUrl'), input('editClickUrl', click.url, function (v) {
                c.click.url = v || null;
            }, {maxlength: '2000', placeholder: 'https://example.com/?q={{column}}'}), t('clickUrlHint')));
        }
        return el('fieldset', {'class': 'iq-edit-fieldset'}, [el('legend', {}, [t('click')])].concat(rows));
    }

    /** A default as the run requests take it: lists for comma-separated values, numbers for number filters. */
    function parseDefault(type, text) {
        var v = (text || '').trim();
        if (!v) {
            return null;
        }
        if ((type === 'category' || type === 'text' || type === 'id') && v.indexOf(',') >= 0) {
            return v.split(',').map(function (x) {
                return x.trim();
            }).filter(Boolean);
        }
        if (type === 'number' && /^-?\d+(\.\d+)?$/.test(v)) {
            return Number(v);
        }
        return v;
    }

    function showDefault(value) {
        return Array.isArray(value) ? value.join(', ') : value === null || value === undefined ? '' : String(value);
    }

    function filterSettings(f) {
        var draft = edit().draft();
        var parts = [];
        parts.push(field('editFilterName', t('filterName'), input('editFilterName', f.name, function (v) {
            edit().renameFilter(f, v);
            var id = document.getElementById('editFilterId');
            if (id) {
                id.textContent = f.id;
            }
            edit().buildBar();
            edit().decorate();
        }, {maxlength: '100'})));
        parts.push(el('p', {'class': 'iq-edit-hint'}, [t('filterId') + ' ', el('code', {id: 'editFilterId'}, [f.id])]));
        parts.push(field('editFilterType', t('filterType'), select('editFilterType', TYPES.map(function (x) {
            return [x, t('type.' + x)];
        }), f.type, function (v) {
            f.type = v;
            f['default'] = parseDefault(v, showDefault(f['default']));
            if (v !== 'category') {
                f.linkedTo = [];
            }
            stale = true;
            draw();
        })));
        parts.push(field('editFilterDefault', t('filterDefault'), input('editFilterDefault', showDefault(f['default']),
            function (v) {
                f['default'] = parseDefault(f.type, v);
            }, {maxlength: '500'}), t('defaultHint.' + f.type)));
        parts.push(el('div', {'class': 'iq-edit-field iq-edit-check'}, [el('input', {id: 'editFilterRequired',
            type: 'checkbox', checked: !!f.required, onchange: function (e) {
                f.required = e.target.checked;
                stale = true;
            }}), el('label', {'for': 'editFilterRequired'}, [t('filterRequired')])]));
        var others = draft.filters.filter(function (x) {
            return x !== f && x.type === 'category';
        });
        if (f.type === 'category' && others.length) {
            parts.push(el('fieldset', {'class': 'iq-edit-fieldset'}, [el('legend', {}, [t('linkedTo')])]
                .concat(others.map(function (o) {
                    var id = 'editFilterLink-' + o.id;
                    return el('div', {'class': 'iq-edit-check'}, [el('input', {id: id, type: 'checkbox',
                        'class': 'iq-edit-filter-link', 'data-filter-id': o.id,
                        checked: (f.linkedTo || []).indexOf(o.id) >= 0, onchange: function (e) {
                            f.linkedTo = (f.linkedTo || []).filter(function (l) {
                                return l !== o.id;
                            });
                            if (e.target.checked) {
                                f.linkedTo.push(o.id);
                            }
                        }}), el('label', {'for': id}, [o.name || o.id])]);
                })).concat([el('small', {'class': 'iq-edit-hint'}, [t('linkedHint')])])));
        }
        parts.push(el('p', {'class': 'iq-edit-hint'}, [t('wireHint')]));
        parts.push(el('button', {type: 'button', id: 'editFilterRemove', 'class': 'iq-edit-button iq-edit-button-danger',
            onclick: function () {
                edit().removeFilter(f.id);
            }}, [el('i', {'class': 'pi pi-trash', 'aria-hidden': 'true'}), t('removeFilter')]));
        return {title: t('filterTitle', f.name || f.id), content: el('div', {}, parts)};
    }

    function tabSettings(x) {
        if (!x) {
            return null;
        }
        return {title: t('tabTitle'), content: el('div', {}, [
            field('editTabName', t('tabName'), input('editTabName', x.name, function (v) {
                x.name = v;
                edit().buildBar();
            }, {maxlength: '100'})),
            el('button', {type: 'button', id: 'editTabRemove', 'class': 'iq-edit-button iq-edit-button-danger',
                onclick: function () {
                    edit().removeTab(x.id);
                }}, [el('i', {'class': 'pi pi-trash', 'aria-hidden': 'true'}), t('removeTab')])])};
    }

    ns.dashboardEditPanel = {
        open: open,
        close: close,
        found: found,
        /** Draws the panel again (new question parameters arrived) unless the person is typing in it. */
        refresh: function () {
            var panel = box();
            if (current && current.type === 'card' && panel && !panel.contains(document.activeElement)) {
                draw();
            }
        }
    };
}());
