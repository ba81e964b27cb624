/*
 * Draws one card's answer (a CardResult of the dashboard feed) into its body: a question's rendered visualization
 * (scalar, Chart.js chart through the charts.js extender, table, pivot, notes) as visualization.xhtml lays it out,
 * a text card's server HTML (markdown rendered with every tag of the text escaped: the one field inserted as HTML),
 * a heading or a link. Everything else reaches the page as textContent or canvas drawing.
 * Ids per card N: dashCardN (the visualization), dashCardNChart (canvas), dashCardNScalar, dashCardNTable,
 * dashCardNPivot, dashCardNNotes.
 */
(function () {
    'use strict';

    var ns = window.InsightIQ = window.InsightIQ || {};
    var parts = ns.dashboardParts = ns.dashboardParts || {};

    function el(tag, className, text) {
        var e = document.createElement(tag);
        if (className) {
            e.className = className;
        }
        if (text !== undefined && text !== null) {
            e.textContent = String(text);
        }
        return e;
    }

    /** The visualization's id for a card (unsaved cards have negative ids). */
    function vizId(cardId) {
        return 'dashCard' + String(cardId).replace('-', 'n');
    }

    function scalar(holder, id, s, type) {
        var box = el('div', 'iq-viz-scalar');
        box.id = id + 'Scalar';
        box.appendChild(el('span', 'iq-viz-scalar-label', s.label));
        var value = el('span', 'iq-viz-scalar-value', s.formatted);
        value.setAttribute('data-raw', s.value === null || s.value === undefined ? '' : String(s.value));
        box.appendChild(value);
        if (s.direction) {
            var trend = el('span', 'iq-viz-trend iq-viz-trend-' + s.direction);
            var icon = el('i', 'pi ' + (s.direction === 'up' ? 'pi-arrow-up' : s.direction === 'down' ? 'pi-arrow-down'
                : 'pi-minus'));
            icon.setAttribute('aria-hidden', 'true');
            trend.appendChild(icon);
            trend.appendChild(el('span', 'iq-viz-change', s.changeFormatted));
            if (s.previousFormatted) {
                trend.appendChild(el('span', 'iq-muted', ' ' + parts.text('previous') + ' ' + s.previousFormatted));
            }
            box.appendChild(trend);
        }
        if (typeof s.progress === 'number' && type === 'progress') {
            var track = el('div', 'iq-viz-progress');
            track.setAttribute('role', 'progressbar');
            track.setAttribute('aria-valuemin', '0');
            track.setAttribute('aria-valuemax', '100');
            track.setAttribute('aria-valuenow', String(Math.round(s.progress * 100)));
            var bar = el('div', 'iq-viz-progress-bar' + (s.progress >= 1 ? ' iq-viz-progress-done' : ''));
            bar.style.width = Math.max(0, Math.min(100, s.progress * 100)) + '%';
            track.appendChild(bar);
            box.appendChild(track);
        }
        if (s.goalFormatted) {
            box.appendChild(el('span', 'iq-viz-goal iq-muted', parts.text('goal') + ' ' + s.goalFormatted));
        }
        holder.appendChild(box);
    }

    function cellStyle(span, cell) {
        if (cell.background) {
            span.style.background = cell.background;
        }
        if (cell.color) {
            span.style.color = cell.color;
        }
    }

    function table(holder, id, t, onRow) {
        var scroll = el('div', 'iq-dash-table-scroll');
        var tableEl = el('table', 'iq-dash-table iq-viz-table');
        tableEl.id = id + 'Table';
        var head = el('tr');
        t.columns.forEach(function (c) {
            var th = el('th', 'iq-viz-align-' + c.align, c.title);
            th.setAttribute('data-name', c.name);
            head.appendChild(th);
        });
        tableEl.appendChild(el('thead')).appendChild(head);
        var body = tableEl.appendChild(el('tbody'));
        t.rows.slice(0, 500).forEach(function (row) {
            var tr = el('tr');
            row.forEach(function (cell, i) {
                var td = el('td', 'iq-viz-align-' + t.columns[i].align);
                td.setAttribute('data-raw', cell.raw === null || cell.raw === undefined ? '' : String(cell.raw));
                var span = td.appendChild(el('span', 'iq-viz-cell', cell.text));
                cellStyle(span, cell);
                tr.appendChild(td);
            });
            if (onRow) {
                tr.classList.add('iq-dash-clickable');
                tr.addEventListener('click', function () {
                    var values = {};
                    t.columns.forEach(function (c, i) {
                        values[c.name] = row[i].raw;
                    });
                    onRow(values, row[0] ? row[0].raw : null);
                });
            }
            body.appendChild(tr);
        });
        if (t.rows.length === 0) {
            var empty = el('td', 'iq-muted', parts.text('noRows'));
            empty.colSpan = Math.max(1, t.columns.length);
            body.appendChild(el('tr')).appendChild(empty);
        }
        if (t.totals) {
            var foot = tableEl.appendChild(el('tfoot')).appendChild(el('tr'));
            t.totals.forEach(function (cell, i) {
                foot.appendChild(el('td', 'iq-viz-total iq-viz-align-' + t.columns[i].align, cell ? cell.text : ''));
            });
        }
        scroll.appendChild(tableEl);
        holder.appendChild(scroll);
    }

    function pivot(holder, id, p) {
        var scroll = el('div', 'iq-viz-pivot-scroll');
        var tableEl = el('table', 'iq-viz-pivot');
        tableEl.id = id + 'Pivot';
        function lines(parent, rows, tag) {
            rows.forEach(function (line) {
                var tr = parent.appendChild(el('tr'));
                line.forEach(function (cell) {
                    var c = tr.appendChild(el(tag, 'iq-pivot-' + cell.kind, cell.text));
                    c.setAttribute('data-kind', cell.kind);
                    if (cell.colspan > 1) {
                        c.colSpan = cell.colspan;
                    }
                    if (cell.rowspan > 1) {
                        c.rowSpan = cell.rowspan;
                    }
                    if (tag === 'td') {
                        c.setAttribute('data-raw', cell.raw === null || cell.raw === undefined ? '' : String(cell.raw));
                    }
                });
            });
        }
        lines(tableEl.appendChild(el('thead')), p.header, 'th');
        lines(tableEl.appendChild(el('tbody')), p.body, 'td');
        scroll.appendChild(tableEl);
        holder.appendChild(scroll);
    }

    /** The clicked point's values by column (dimension and breakout), from the engine's drill hints. */
    function pointValues(chart, element, hints) {
        var drill = hints.drill || {};
        var dataset = chart.data.datasets[element.datasetIndex] || {};
        var label = chart.data.labels ? chart.data.labels[element.index] : null;
        var raw = dataset.data ? dataset.data[element.index] : null;
        var x = drill.values && drill.values[element.index] !== undefined ? drill.values[element.index]
            : raw && typeof raw === 'object' && 'x' in raw ? raw.x : label;
        var values = {};
        if (drill.dimension) {
            values[drill.dimension] = x;
        }
        if (drill.series && drill.seriesValues && drill.seriesValues[element.datasetIndex] !== undefined) {
            values[drill.series] = drill.seriesValues[element.datasetIndex];
        }
        return {values: values, x: x === undefined ? null : x};
    }

    function chart(holder, id, viz, onPoint) {
        var box = el('div', 'iq-viz-chart-box' + (viz.type === 'gauge' ? ' iq-viz-gauge' : ''));
        var canvas = el('canvas', 'iq-viz-chart');
        canvas.id = id + 'Chart';
        canvas.setAttribute('role', 'img');
        box.appendChild(canvas);
        holder.appendChild(box);
        if (!window.Chart) {
            return null;
        }
        var config = JSON.parse(viz.chartConfig);
        var hints = (config.options && config.options.plugins && config.options.plugins.insightiq) || {};
        ns.charts.extender.call({cfg: {config: config}, canvas: [canvas]});
        config.options.responsive = true;
        config.options.maintainAspectRatio = false;
        config.options.animation = false;
        config.options.onClick = function (event, elements, c) {
            if (onPoint && elements.length > 0 && !c.data.datasets[elements[0].datasetIndex].insightiqGoal) {
                var point = pointValues(c, elements[0], hints);
                onPoint(point.values, point.x);
            }
        };
        config.options.onHover = function (event, elements, c) {
            c.canvas.style.cursor = onPoint && elements.length > 0 ? 'pointer' : 'default';
        };
        return new window.Chart(canvas, config);
    }

    /** Removes what a body shows, freeing its charts. */
    function clear(body) {
        body.querySelectorAll('canvas').forEach(function (canvas) {
            var c = window.Chart && window.Chart.getChart(canvas);
            if (c) {
                c.destroy();
            }
        });
        body.textContent = '';
    }

    /**
     * Draws a question card's visualization. {@code onPoint(values, x)}: a click on a point or row (values by
     * column name), or null when clicks do nothing.
     */
    function drawViz(body, cardId, viz, title, onPoint) {
        var id = vizId(cardId);
        var holder = el('div', 'iq-viz iq-viz-kind-' + viz.type + ' iq-dash-viz');
        holder.id = id;
        holder.setAttribute('data-type', viz.type);
        holder.setAttribute('data-title', title || 'chart');
        holder.setAttribute('data-drill', 'false');
        body.appendChild(holder);
        if (viz.scalar) {
            scalar(holder, id, viz.scalar, viz.type);
        }
        if (viz.chartConfig) {
            chart(holder, id, viz, onPoint);
        }
        if (viz.table) {
            table(holder, id, viz.table, onPoint);
        }
        if (viz.pivot) {
            pivot(holder, id, viz.pivot);
        }
        if (viz.notes && viz.notes.length > 0) {
            var notes = el('ul', 'iq-viz-notes');
            notes.id = id + 'Notes';
            notes.setAttribute('role', 'status');
            viz.notes.forEach(function (note) {
                notes.appendChild(el('li', null, note));
            });
            holder.appendChild(notes);
        }
    }

    /** A text card: the server's HTML (markdown with the text's own tags escaped, filter values as text). */
    function drawText(body, html) {
        var box = el('div', 'iq-dash-text');
        box.innerHTML = html || '';
        box.querySelectorAll('a[href]').forEach(function (a) {
            if (!/^(https?:|\/|#)/i.test(a.getAttribute('href'))) {
                a.removeAttribute('href');
            }
            a.rel = 'noopener noreferrer';
        });
        body.appendChild(box);
    }

    function drawHeading(body, text) {
        body.appendChild(el('h2', 'iq-dash-heading-text', text));
    }

    /** A link card: http(s) or a path of this application; anything else is shown, not linked. */
    function drawLink(body, url, label) {
        var safe = typeof url === 'string' && /^(https?:\/\/|\/)/i.test(url);
        var a = el(safe ? 'a' : 'span', 'iq-dash-link', label || url);
        if (safe) {
            a.href = url;
            if (/^https?:/i.test(url)) {
                a.target = '_blank';
                a.rel = 'noopener noreferrer';
            }
            var icon = el('i', 'pi pi-external-link');
            icon.setAttribute('aria-hidden', 'true');
            a.appendChild(document.createTextNode(' '));
            a.appendChild(icon);
        }
        body.appendChild(a);
    }

    parts.el = el;
    parts.cards = {
        vizId: vizId, clear: clear, drawViz: drawViz, drawText: drawText, drawHeading: drawHeading,
        drawLink: drawLink
    };
}());
