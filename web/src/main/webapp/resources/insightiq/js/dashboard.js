/*
 * The dashboard page in read mode (signed-in, public link, embedding): builds title, filter bar, tabs and the
 * gridstack grid (24 columns, static; one column on narrow screens, see dashboard.css) from the DashboardInfo JSON in #dashboard's
 * data-model, then runs the cards progressively: ONE POST to base + '/run' answers application/x-ndjson, one
 * CardResult per line, and each card is drawn as its line arrives (its own spinner, error with retry, "updated …
 * ago" and refresh through base + '/cards/{id}/run'). Filter values live in the address bar (?{filterId}=v&tab=…),
 * so a copied link reproduces the view. Clicks per card (CardInfo.click): cross-filter, open a question or dashboard
 * with values passed, or a URL; without a setting a click opens the question.
 * Hooks: InsightIQ.dashboard.current() → {grid, model, base, render(model), filters(), setFilter(id, value),
 * reload()}; InsightIQ.dashboard.cardState(id) → "loading" | "ok" | "error".
 */
(function () {
    'use strict';

    var ns = window.InsightIQ = window.InsightIQ || {};
    var parts = ns.dashboardParts = ns.dashboardParts || {};
    var HEADERS = {'Content-Type': 'application/json', 'X-Requested-With': 'InsightIQ'};
    var MULTI = ['category', 'id'];
    var texts = {};
    var page = null;

    parts.text = function (key) {
        var pattern = texts[key] === undefined ? key : texts[key];
        var args = Array.prototype.slice.call(arguments, 1);
        return pattern.replace(/\{(\d+)\}/g, function (m, i) {
            return args[i] === undefined ? m : String(args[i]);
        });
    };
    var t = parts.text;
    var el = function (tag, className, text) {
        return parts.el(tag, className, text);
    };
    var isEmpty = function (v) {
        return parts.filters.isEmpty(v);
    };

    // ------------------------------------------------------------------ filter values and the address bar

    function filterById(id) {
        return (page.model.filters || []).filter(function (f) {
            return f.id === id;
        })[0];
    }

    function normalise(filter, value) {
        if (isEmpty(value)) {
            return null;
        }
        if (MULTI.indexOf(filter.type) >= 0) {
            return (Array.isArray(value) ? value : [value]).map(String);
        }
        return Array.isArray(value) ? String(value[0]) : value;
    }

    function readAddress() {
        var query = new URLSearchParams(window.location.search);
        page.values = {};
        (page.model.filters || []).forEach(function (f) {
            var given = query.getAll(f.id);
            var value = given.length > 0 ? normalise(f, given.length === 1 ? given[0] : given) : null;
            page.values[f.id] = value !== null ? value : normalise(f, f['default']);
        });
        var tabs = page.model.tabs || [];
        var tab = query.get('tab');
        page.tab = tabs.length === 0 ? null : tabs.some(function (x) {
            return x.id === tab;
        }) ? tab : tabs[0].id;
    }

    function writeAddress() {
        var query = new URLSearchParams();
        var reserved = ['tab', 'edit'];
        if (page.mode === 'member') {
            reserved.push('id');
        }
        (page.model.filters || []).forEach(function (f) {
            var v = page.values[f.id];
            if (!isEmpty(v) && reserved.indexOf(f.id) < 0) {
                (Array.isArray(v) ? v : [v]).forEach(function (one) {
                    query.append(f.id, String(one));
                });
            }
        });
        if (page.tab && page.model.tabs && page.model.tabs.length > 0 && page.tab !== page.model.tabs[0].id) {
            query.set('tab', page.tab);
        }
        if (new URLSearchParams(window.location.search).get('edit') === 'true') {
            query.set('edit', 'true');
        }
        var text = query.toString();
        window.history.replaceState(window.history.state, '', page.pageUrl + (text ? '?' + text : ''));
    }

    /** The values sent in run requests: set filters only (numbers as numbers where the value is one). */
    function payload() {
        var out = {};
        (page.model.filters || []).forEach(function (f) {
            var v = page.values[f.id];
            if (!isEmpty(v)) {
                out[f.id] = f.type === 'number' && typeof v === 'string' && /^-?\d+(\.\d+)?$/.test(v) ? Number(v) : v;
            }
        });
        return out;
    }

    /** Whether a filter reaches a card: question cards through their mappings, text cards through {{id}}. */
    function applies(card, filterId) {
        if (card.kind === 'question') {
            if ((card.unmapped || []).indexOf(filterId) >= 0) {
                return false;
            }
            return (card.mappings || []).some(function (m) {
                return m.filterId === filterId;
            });
        }
        return card.kind === 'text' && typeof card.text === 'string'
            && card.text.indexOf('{{' + filterId + '}}') >= 0;
    }

    function setFilter(id, value, rerun) {
        var filter = filterById(id);
        if (!filter) {
            return;
        }
        page.values[id] = normalise(filter, value);
        if (page.bar) {
            page.bar.show(id, page.values[id]);
            page.bar.parentChanged(id);
        }
        writeAddress();
        if (rerun !== false) {
            var affected = visibleCards().filter(function (c) {
                return applies(c, id);
            });
            if (affected.length > 4) {
                runAll();
            } else {
                affected.forEach(function (c) {
                    runOne(c.id);
                });
            }
        }
    }

    function choices(filterId, q) {
        var query = new URLSearchParams();
        if (q) {
            query.set('q', q);
        }
        var filter = filterById(filterId);
        (filter.linkedTo || []).forEach(function (parent) {
            var v = page.values[parent];
            if (!isEmpty(v)) {
                (Array.isArray(v) ? v : [v]).forEach(function (one) {
                    query.append(parent, String(one));
                });
            }
        });
        var text = query.toString();
        return fetch(page.base + '/filters/' + encodeURIComponent(filterId) + '/choices' + (text ? '?' + text : ''),
            {headers: {'X-Requested-With': 'InsightIQ'}, credentials: 'same-origin'}).then(function (response) {
            return response.ok ? response.json() : problemOf(response).then(function (message) {
                throw new Error(message);
            });
        });
    }

    // ------------------------------------------------------------------ cards on the grid

    function visibleCards() {
        return (page.model.cards || []).filter(function (c) {
            return page.tab === null || !c.tab || c.tab === page.tab;
        });
    }

    var cardsOnGrid = null;

    function cardShell(card) {
        return cardsOnGrid.cardShell(card);
    }

    function loading(id) {
        cardsOnGrid.loading(id);
    }

    function showError(id, message, retry) {
        cardsOnGrid.showError(id, message, retry);
    }

    function draw(result) {
        cardsOnGrid.draw(result);
    }

    function updated(c) {
        cardsOnGrid.updated(c);
    }

    // ------------------------------------------------------------------ runs

    function problemOf(response) {
        return response.text().then(function (body) {
            try {
                var json = JSON.parse(body);
                return json.message || json.error || t('card.failed');
            } catch (e) {
                return response.status === 404 ? t('dashboard.gone') : t('card.failed');
            }
        }, function () {
            return t('card.failed');
        });
    }

    function post(path, body, signal) {
        return fetch(page.base + path, {method: 'POST', headers: HEADERS, credentials: 'same-origin',
            body: JSON.stringify(body), signal: signal});
    }

    /** Every card of the current tab through one streamed request; each card is drawn as its line arrives. */
    function runAll() {
        if (page.stream) {
            page.stream.abort();
        }
        var controller = window.AbortController ? new AbortController() : null;
        page.stream = controller;
        var waiting = {};
        visibleCards().forEach(function (c) {
            if ((c.kind === 'question' || c.kind === 'text') && !c.problem && c.id > 0) {
                waiting[c.id] = true;
                loading(c.id);
            }
        });
        if (Object.keys(waiting).length === 0) {
            return Promise.resolve();
        }
        function line(text) {
            if (text.trim() === '') {
                return;
            }
            var result = JSON.parse(text);
            delete waiting[result.cardId];
            draw(result);
        }
        function rest(message) {
            Object.keys(waiting).forEach(function (id) {
                showError(id, message);
            });
        }
        return post('/run', {filters: payload(), tab: page.tab}, controller && controller.signal)
            .then(function (response) {
                if (!response.ok) {
                    return problemOf(response).then(rest);
                }
                var reader = response.body.getReader();
                var decoder = new TextDecoder();
                var buffer = '';
                function pump() {
                    return reader.read().then(function (chunk) {
                        if (chunk.done) {
                            line(buffer + decoder.decode());
                            rest(t('card.noAnswer'));
                            return;
                        }
                        buffer += decoder.decode(chunk.value, {stream: true});
                        var lines = buffer.split('\n');
                        buffer = lines.pop();
                        lines.forEach(line);
                        return pump();
                    });
                }
                return pump();
            }).then(function () {
                page.lastRun = Date.now();
            }, function (problem) {
                if (!problem || problem.name !== 'AbortError') {
                    rest(t('card.network'));
                }
            });
    }

    /** One card again (refresh, retry, a filter change that reaches few cards). */
    function runOne(id) {
        var c = page.cards[id];
        if (!c || (c.info.kind !== 'question' && c.info.kind !== 'text') || c.info.problem || c.info.id < 0) {
            return Promise.resolve();
        }
        loading(id);
        var ticket = (c.ticket || 0) + 1;
        c.ticket = ticket;
        return post('/cards/' + encodeURIComponent(id) + '/run', {filters: payload()}).then(function (response) {
            return response.ok ? response.json() : problemOf(response).then(function (message) {
                return {cardId: c.info.id, status: 'error', error: message};
            });
        }).then(function (result) {
            if (c.ticket === ticket) {
                draw(result);
            }
        }, function () {
            if (c.ticket === ticket) {
                showError(id, t('card.network'));
            }
        });
    }

    // ------------------------------------------------------------------ page

    function drawTabs() {
        var bar = page.root.querySelector('#dashboardTabs');
        bar.textContent = '';
        var tabs = page.model.tabs || [];
        bar.hidden = tabs.length === 0;
        tabs.forEach(function (tab) {
            var button = bar.appendChild(el('button', 'iq-dash-tab', tab.name));
            button.type = 'button';
            button.setAttribute('role', 'tab');
            button.setAttribute('data-tab', tab.id);
            button.setAttribute('aria-selected', String(tab.id === page.tab));
            button.addEventListener('click', function () {
                if (page.tab !== tab.id) {
                    page.tab = tab.id;
                    writeAddress();
                    drawTabs();
                    drawGrid();
                    runAll();
                }
            });
        });
    }

    function drawGrid() {
        Object.keys(page.cards).forEach(function (id) {
            parts.cards.clear(page.cards[id].body);
        });
        page.cards = {};
        page.grid.removeAll(true);
        // In reading order, so that narrow screens (one column, dashboard.css) stack cards as they read.
        var shown = visibleCards().slice().sort(function (a, b) {
            return a.row - b.row || a.col - b.col;
        });
        page.grid.batchUpdate();
        shown.forEach(function (card) {
            page.grid.makeWidget(cardShell(card));
        });
        page.grid.batchUpdate(false);
        page.root.querySelector('#dashboardEmpty').hidden = shown.length > 0;
    }

    function render(model) {
        page.model = model;
        page.root.querySelector('#dashboardName').textContent = model.name || '';
        var description = page.root.querySelector('#dashboardDescription');
        description.textContent = model.description || '';
        description.hidden = !model.description;
        if (!page.values) {
            readAddress();
        } else {
            (model.filters || []).forEach(function (f) {
                if (!(f.id in page.values)) {
                    page.values[f.id] = normalise(f, f['default']);
                }
            });
        }
        page.bar = parts.filters.build(page.root.querySelector('#dashboardFilters'), model.filters, {
            values: page.values, choices: choices, onChange: function (id, value) {
                setFilter(id, value);
            }
        });
        drawTabs();
        drawGrid();
        writeAddress();
        return runAll();
    }

    function autoRefresh(minutes) {
        clearInterval(page.timer);
        page.timer = null;
        if (minutes > 0) {
            page.timer = setInterval(function () {
                if (!document.hidden) {
                    runAll();
                }
            }, minutes * 60000);
        }
    }

    function redrawAll() {
        Object.keys(page.cards).forEach(function (id) {
            var c = page.cards[id];
            if (c.result && c.state === 'ok') {
                draw(c.result);
            }
        });
    }

    function tvMode(on) {
        var body = document.body;
        if (on === body.classList.contains('iq-dash-tv')) {
            return;
        }
        if (on) {
            page.wasDark = body.classList.contains('iq-dark');
            body.classList.add('iq-dash-tv', 'iq-dark');
            if (document.documentElement.requestFullscreen && !document.fullscreenElement) {
                document.documentElement.requestFullscreen().catch(function () {
                    // Refused (no user gesture, or an iframe without allowfullscreen): TV mode fills the window.
                });
            }
        } else {
            body.classList.remove('iq-dash-tv');
            if (!page.wasDark) {
                body.classList.remove('iq-dark');
            }
            if (document.fullscreenElement && document.exitFullscreen) {
                document.exitFullscreen().catch(function () {
                });
            }
        }
        page.root.querySelector('#dashboardFullscreen').setAttribute('aria-pressed', String(on));
        if (page.grid) {
            page.grid.onResize && page.grid.onResize();
        }
        redrawAll();
    }

    function start() {
        var root = document.getElementById('dashboard');
        if (!root || page) {
            return;
        }
        texts = JSON.parse(root.getAttribute('data-texts') || '{}');
        page = {
            root: root, base: root.getAttribute('data-base'), mode: root.getAttribute('data-mode'),
            pageUrl: root.getAttribute('data-page-url') || window.location.pathname,
            questionBase: root.getAttribute('data-question-base') || '',
            dashboardBase: root.getAttribute('data-dashboard-base') || '', cards: {}, values: null
        };
        cardsOnGrid = parts.grid(page, {runOne: runOne, filterById: filterById, setFilter: setFilter});
        page.grid = window.GridStack.init({
            column: 24, cellHeight: 60, margin: 6, staticGrid: true, float: true, animate: false
        }, root.querySelector('#dashboardGrid'));
        var model = JSON.parse(root.getAttribute('data-model'));
        root.querySelector('#dashboardRefresh').addEventListener('click', function () {
            runAll();
        });
        var auto = root.querySelector('#dashboardAutoRefresh');
        auto.value = String(model.autoRefreshMinutes || 0);
        auto.addEventListener('change', function () {
            autoRefresh(Number(auto.value));
        });
        autoRefresh(model.autoRefreshMinutes || 0);
        root.querySelector('#dashboardFullscreen').addEventListener('click', function () {
            tvMode(!document.body.classList.contains('iq-dash-tv'));
        });
        document.addEventListener('fullscreenchange', function () {
            if (!document.fullscreenElement && document.body.classList.contains('iq-dash-tv')) {
                tvMode(false);
            }
        });
        document.addEventListener('keydown', function (e) {
            if (e.key === 'Escape' && document.body.classList.contains('iq-dash-tv')) {
                tvMode(false);
            }
        });
        setInterval(function () {
            Object.keys(page.cards).forEach(function (id) {
                updated(page.cards[id]);
            });
        }, 30000);
        render(model);
        var editing = document.getElementById('dashboardStartEditing');
        if (editing && editing.getAttribute('data-start') === 'true' && ns.dashboardEdit
            && typeof ns.dashboardEdit.start === 'function') {
            ns.dashboardEdit.start();
        }
    }

    ns.dashboard = {
        current: function () {
            return page === null ? null : {
                grid: page.grid, model: page.model, base: page.base, render: render,
                filters: function () {
                    return JSON.parse(JSON.stringify(page.values));
                },
                setFilter: function (id, value) {
                    setFilter(id, value);
                },
                reload: runAll
            };
        },
        cardState: function (id) {
            var c = page && page.cards[id];
            return c ? c.state : null;
        },
        /** Runs one card again, as its refresh button does. */
        refreshCard: function (id) {
            return runOne(id);
        },
        tvMode: function (on) {
            tvMode(on !== false);
        }
    };

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', start);
    } else {
        start();
    }
}());
