/*
 * Charts drawn by p:chart (Chart.js 4 from the PrimeFaces jar). The server sends a complete Chart.js configuration;
 * functions cannot travel in JSON, so the extender below reads options.plugins.insightiq and adds them: number
 * formats (Intl.NumberFormat), readable colours in the dark theme, value labels, a drill-through menu on click, and
 * a PNG download. Data only ever reaches the page as canvas drawing or textContent, never as HTML.
 * Test hook: InsightIQ.charts.data(id) → {type, labels, datasets: [{label, type, data}]} of the drawn chart.
 */
(function () {
    'use strict';

    var ns = window.InsightIQ = window.InsightIQ || {};
    var openMenu = null;

    function dark() {
        return document.body.classList.contains('iq-dark');
    }

    function themeColours() {
        return dark() ? {text: '#e2e8f0', grid: 'rgba(226, 232, 240, 0.16)', background: '#1e293b'}
            : {text: '#334155', grid: 'rgba(51, 65, 85, 0.12)', background: '#ffffff'};
    }

    /** A formatter for the hints' number format; falls back to the browser's locale on a bad tag or currency. */
    function numberFormat(hints) {
        var f = hints.numberFormat || {};
        var options = {};
        if (f.style === 'currency') {
            options.style = 'currency';
            options.currency = f.currency || 'USD';
        } else if (f.style === 'percent') {
            options.style = 'percent';
        }
        if (typeof f.decimals === 'number') {
            options.minimumFractionDigits = f.decimals;
            options.maximumFractionDigits = f.decimals;
        }
        if (f.compact) {
            options.notation = 'compact';
        }
        var intl;
        try {
            intl = new Intl.NumberFormat(hints.locale || undefined, options);
        } catch (e) {
            intl = new Intl.NumberFormat(undefined, {});
        }
        var prefix = f.prefix || '';
        var suffix = f.suffix || '';
        var normalized = hints.normalized === true;
        return function (value) {
            if (typeof value !== 'number' || !isFinite(value)) {
                return value === null || value === undefined ? '' : String(value);
            }
            return normalized ? value.toFixed(0) + ' %' : prefix + intl.format(value) + suffix;
        };
    }

    function valueOf(context) {
        var parsed = context.parsed;
        if (typeof parsed === 'number') {
            return parsed;
        }
        if (parsed && context.chart.options.indexAxis === 'y') {
            return parsed.x;
        }
        return parsed ? parsed.y : null;
    }

    function installFormats(config, hints) {
        var format = numberFormat(hints);
        var options = config.options = config.options || {};
        var colours = themeColours();
        var scales = options.scales || {};
        Object.keys(scales).forEach(function (key) {
            var scale = scales[key];
            scale.ticks = scale.ticks || {};
            scale.ticks.color = colours.text;
            scale.grid = scale.grid || {};
            scale.grid.color = colours.grid;
            if (scale.title) {
                scale.title.color = colours.text;
            }
            scale.ticks.callback = function (value) {
                if (this.type === 'category') {
                    return this.getLabelForValue(value);
                }
                if (this.type === 'time' || this.type === 'timeseries') {
                    return value;
                }
                return format(value);
            };
        });
        if (options.scales && options.scales.r) {
            options.scales.r.angleLines = {color: colours.grid};
        }
        var plugins = options.plugins = options.plugins || {};
        plugins.legend = plugins.legend || {};
        plugins.legend.labels = plugins.legend.labels || {};
        plugins.legend.labels.color = colours.text;
        plugins.title = plugins.title || {};
        plugins.title.color = colours.text;
        plugins.tooltip = plugins.tooltip || {};
        plugins.tooltip.callbacks = plugins.tooltip.callbacks || {};
        plugins.tooltip.callbacks.label = function (context) {
            var name = context.dataset.label ? context.dataset.label + ': ' : '';
            var raw = context.raw;
            if (raw && typeof raw === 'object' && 'x' in raw && 'y' in raw) {
                return name + '(' + format(raw.x) + ', ' + format(raw.y) + ')'
                    + (raw.r !== undefined && raw.size !== undefined ? ' · ' + format(raw.size) : '');
            }
            return name + format(valueOf(context));
        };
        return format;
    }

    /** Value labels on bars, points and slices (settings "labels"), drawn on the canvas. */
    function labelsPlugin(format, enabled) {
        return {
            id: 'insightiqLabels',
            afterDatasetsDraw: function (chart) {
                if (!enabled) {
                    return;
                }
                var ctx = chart.ctx;
                ctx.save();
                ctx.fillStyle = themeColours().text;
                ctx.font = '11px sans-serif';
                ctx.textAlign = 'center';
                chart.data.datasets.forEach(function (dataset, i) {
                    var meta = chart.getDatasetMeta(i);
                    if (meta.hidden || dataset.insightiqGoal || meta.data.length > 60) {
                        return;
                    }
                    meta.data.forEach(function (element, index) {
                        var value = dataset.data[index];
                        value = value && typeof value === 'object' ? value.y : value;
                        if (typeof value === 'number') {
                            var p = element.tooltipPosition();
                            ctx.fillText(format(value), p.x, p.y - 6);
                        }
                    });
                });
                ctx.restore();
            }
        };
    }

    /** Paints the theme's background under the chart, so a downloaded PNG is readable in either theme. */
    function backgroundPlugin() {
        return {
            id: 'insightiqBackground',
            beforeDraw: function (chart) {
                var ctx = chart.ctx;
                ctx.save();
                ctx.globalCompositeOperation = 'destination-over';
                chart.insightiqBackground = themeColours().background;
                ctx.fillStyle = chart.insightiqBackground;
                ctx.fillRect(0, 0, chart.width, chart.height);
                ctx.restore();
            },
            afterRender: function (chart) {
                // Kept on the element: an Ajax update brings a new canvas with the same id.
                if (!chart.canvas.insightiqDrawnAt) {
                    chart.canvas.insightiqDrawnAt = performance.now();
                    chart.canvas.setAttribute('data-drawn', 'true');
                }
            }
        };
    }

    function holderOf(canvas) {
        return canvas.closest('.iq-viz');
    }

    // ---------------------------------------------------------------- drill-through menu

    function closeMenu() {
        if (openMenu) {
            var back = openMenu.returnFocus;
            openMenu.remove();
            openMenu = null;
            if (back) {
                back.focus();
            }
        }
    }

    function menuItem(menu, text, onChoose) {
        var item = document.createElement('button');
        item.type = 'button';
        item.className = 'iq-drill-item';
        item.setAttribute('role', 'menuitem');
        item.textContent = text;
        item.addEventListener('click', function () {
            onChoose();
        });
        menu.appendChild(item);
        return item;
    }

    function send(action, point, column) {
        closeMenu();
        if (typeof window.vizDrill !== 'function') {
            return;
        }
        window.vizDrill([{name: 'action', value: action}, {name: 'column', value: column || ''},
            {name: 'point', value: JSON.stringify(point)}]);
    }

    /**
     * The clicked point's raw values from the engine's drill hints (dimension column and raw value per label, breakout
     * column and raw value per dataset); without hints, the label itself.
     */
    function pointOf(chart, element, hints) {
        var dataset = chart.data.datasets[element.datasetIndex] || {};
        var drill = hints.drill || {};
        var label = chart.data.labels ? chart.data.labels[element.index] : null;
        var raw = dataset.data ? dataset.data[element.index] : null;
        var x = drill.values && drill.values[element.index] !== undefined ? drill.values[element.index]
            : raw && typeof raw === 'object' && 'x' in raw ? raw.x : label;
        var series = drill.seriesValues && drill.seriesValues[element.datasetIndex] !== undefined
            ? drill.seriesValues[element.datasetIndex] : null;
        return {
            datasetIndex: element.datasetIndex, index: element.index,
            label: label === undefined ? null : label,
            dimension: drill.dimension || null, x: x === undefined ? null : x,
            series: drill.series || null, seriesValue: series,
            dateGrain: drill.dateGrain || null
        };
    }

    function showMenu(chart, event, element, hints) {
        closeMenu();
        var holder = holderOf(chart.canvas);
        var point = pointOf(chart, element, hints);
        var menu = document.createElement('div');
        menu.className = 'iq-drill-menu';
        menu.setAttribute('role', 'menu');
        menu.setAttribute('aria-label', holder.getAttribute('data-menu-title') || 'Drill through');
        var heading = document.createElement('div');
        heading.className = 'iq-drill-heading';
        heading.textContent = point.label === null ? '' : String(point.label);
        menu.appendChild(heading);
        var first = menuItem(menu, holder.getAttribute('data-menu-rows'), function () {
            send('rows', point);
        });
        var columns = Array.prototype.map.call(holder.querySelectorAll('.iq-viz-columns > li'), function (li) {
            return li.textContent;
        });
        if (columns.length > 0) {
            var label = document.createElement('div');
            label.className = 'iq-drill-subheading';
            label.textContent = holder.getAttribute('data-menu-breakout');
            menu.appendChild(label);
            columns.forEach(function (column) {
                menuItem(menu, column, function () {
                    send('breakout', point, column);
                }).classList.add('iq-drill-column');
            });
        }
        if (hints.xTime === true || (hints.drill && hints.drill.dimensionType === 'time')) {
            menuItem(menu, holder.getAttribute('data-menu-zoom'), function () {
                send('zoom', point);
            });
        }
        menu.addEventListener('keydown', function (e) {
            var items = Array.prototype.slice.call(menu.querySelectorAll('[role=menuitem]'));
            var at = items.indexOf(document.activeElement);
            if (e.key === 'Escape') {
                closeMenu();
            } else if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
                items[(at + (e.key === 'ArrowDown' ? 1 : -1) + items.length) % items.length].focus();
                e.preventDefault();
            }
        });
        var box = holder.getBoundingClientRect();
        var native = event.native || event;
        menu.style.left = Math.max(0, native.clientX - box.left) + 'px';
        menu.style.top = Math.max(0, native.clientY - box.top) + 'px';
        menu.returnFocus = chart.canvas;
        holder.appendChild(menu);
        openMenu = menu;
        first.focus();
    }

    document.addEventListener('click', function (e) {
        if (openMenu && !openMenu.contains(e.target) && e.target.tagName !== 'CANVAS') {
            closeMenu();
        }
        var png = e.target.closest && e.target.closest('.iq-viz-png');
        if (png) {
            ns.charts.download(png.getAttribute('data-chart'));
        }
    });

    /** The colour of the first scale's ticks or grid as drawn (null for charts without scales). */
    function scaleOption(chart, part) {
        var scales = chart.options.scales || {};
        var key = scales.x ? 'x' : Object.keys(scales)[0];
        var option = key && scales[key][part];
        return option && typeof option.color === 'string' ? option.color : null;
    }

    function chartOf(id) {
        var element = document.getElementById(id);
        if (!element || !window.Chart) {
            return null;
        }
        var canvas = element.tagName === 'CANVAS' ? element : element.querySelector('canvas');
        return canvas ? Chart.getChart(canvas) : null;
    }

    ns.charts = {
        /** p:chart extender: `this` is the PrimeFaces widget, its cfg.config the server's configuration. */
        extender: function () {
            var config = this.cfg.config;
            var hints = (config.options && config.options.plugins && config.options.plugins.insightiq) || {};
            if (window.Chart) {
                Chart.defaults.color = themeColours().text;
                Chart.defaults.borderColor = themeColours().grid;
            }
            var format = installFormats(config, hints);
            config.plugins = (config.plugins || []).concat([labelsPlugin(format, hints.labels === true),
                backgroundPlugin()]);
            var canvas = this.canvas[0];
            canvas.setAttribute('data-hints', JSON.stringify({locale: hints.locale, sampling: hints.sampling}));
            config.options.onClick = function (event, elements, chart) {
                var holder = holderOf(chart.canvas);
                if (elements.length > 0 && holder && holder.getAttribute('data-drill') === 'true' && hints.drill
                    && !chart.data.datasets[elements[0].datasetIndex].insightiqGoal) {
                    showMenu(chart, event, elements[0], hints);
                }
            };
            config.options.onHover = function (event, elements, chart) {
                chart.canvas.style.cursor = elements.length > 0 ? 'pointer' : 'default';
            };
        },

        /** What the chart with this id (the p:chart, its canvas or the visualization) draws. */
        data: function (id) {
            var chart = chartOf(id) || chartOf(id + 'Chart');
            if (!chart) {
                return null;
            }
            return {
                type: chart.config.type,
                labels: (chart.data.labels || []).slice(),
                datasets: chart.data.datasets.map(function (d) {
                    return {label: d.label === undefined ? null : d.label, type: d.type || chart.config.type,
                        data: d.data.slice()};
                }),
                textColor: Chart.defaults.color,
                tickColor: scaleOption(chart, 'ticks'),
                gridColor: scaleOption(chart, 'grid'),
                legendColor: chart.options.plugins && chart.options.plugins.legend
                    && chart.options.plugins.legend.labels ? chart.options.plugins.legend.labels.color || null : null,
                backgroundColor: chart.insightiqBackground || null,
                indexAxis: chart.options.indexAxis || 'x',
                stacked: !!(chart.options.scales && chart.options.scales.y && chart.options.scales.y.stacked),
                cutout: chart.options.cutout === undefined ? null : String(chart.options.cutout),
                hints: (chart.config.options.plugins || {}).insightiq || null
            };
        },

        /** When the chart was first painted (performance.now()), or null. */
        drawnAt: function (id) {
            var chart = chartOf(id) || chartOf(id + 'Chart');
            return chart ? (chart.canvas.insightiqDrawnAt || null) : null;
        },

        /** The chart as a PNG data URL. */
        png: function (id) {
            var chart = chartOf(id) || chartOf(id + 'Chart');
            return chart ? chart.toBase64Image('image/png') : null;
        },

        /** Downloads the chart as PNG, named after the question or chart title. */
        download: function (id) {
            var url = ns.charts.png(id);
            var element = document.getElementById(id);
            if (!url || !element) {
                return;
            }
            var holder = holderOf(element) || element;
            var name = (holder.getAttribute('data-title') || 'chart').replace(/[^\w\- ]+/g, '_').trim() || 'chart';
            var link = document.createElement('a');
            link.href = url;
            link.download = name + '.png';
            link.className = 'iq-visually-hidden';
            document.body.appendChild(link);
            link.click();
            link.remove();
            ns.charts.lastDownload = {name: link.download, url: url};
        },

        /** Clicks the chart's element (dataset, index) as a person would, for keyboard users and tests. */
        click: function (id, datasetIndex, index) {
            var chart = chartOf(id) || chartOf(id + 'Chart');
            var element = chart.getDatasetMeta(datasetIndex).data[index];
            // The element's centre, not its tooltip position: a bar's tooltip sits on its top edge, and MouseEvent
            // rounds coordinates to whole pixels, which can land just above the bar (no element under the click).
            var p = element.getCenterPoint ? element.getCenterPoint() : element.tooltipPosition();
            var box = chart.canvas.getBoundingClientRect();
            chart.canvas.dispatchEvent(new MouseEvent('click', {clientX: Math.round(box.left + p.x),
                clientY: Math.round(box.top + p.y), bubbles: true}));
        }
    };
})();
