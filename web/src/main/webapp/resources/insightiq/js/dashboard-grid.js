/*
 * The cards of a dashboard page on its grid: each card's shell (title linking to its question, "not filtered by"
 * mark, "updated … ago" with "cached", refresh button, body of class iq-dash-card-body), its states (loading with a
 * spinner, ok, error with a sentence and a retry button) and what a click on a point or row does (CardInfo.click:
 * cross-filter, open a question or dashboard with values passed, open a URL with {{column}} substituted; without a
 * setting the question opens). Drawing an answer is dashboard-cards.js's. Grid items carry gs-id and data-card-id.
 */
(function () {
    'use strict';

    var ns = window.InsightIQ = window.InsightIQ || {};
    var parts = ns.dashboardParts = ns.dashboardParts || {};

    /**
     * The card functions of one page. page: the page's state (cards by id, model, questionBase, dashboardBase);
     * hooks: {runOne(id), filterById(id), setFilter(id, value)}.
     */
    parts.grid = function (page, hooks) {
        var t = parts.text;
        var el = parts.el;
        var runOne = hooks.runOne;
        var filterById = hooks.filterById;
        var setFilter = hooks.setFilter;

        function titleOf(card) {
            return card.title || card.questionName || t('card.untitled');
        }

        function cardShell(card) {
            var item = el('div', 'grid-stack-item');
            item.setAttribute('gs-id', String(card.id));
            item.setAttribute('gs-x', String(card.col));
            item.setAttribute('gs-y', String(card.row));
            item.setAttribute('gs-w', String(card.width));
            item.setAttribute('gs-h', String(card.height));
            item.setAttribute('data-card-id', String(card.id));
            item.style.setProperty('--iq-card-rows', String(card.height));
            var content = item.appendChild(el('div', 'grid-stack-item-content iq-dash-card iq-dash-kind-' + card.kind));
            var data = card.kind === 'question' || card.kind === 'text';
            if (card.kind === 'question') {
                var head = content.appendChild(el('div', 'iq-dash-card-head'));
                var title = head.appendChild(el('h2', 'iq-dash-card-title'));
                if (page.questionBase && card.questionId) {
                    var link = title.appendChild(el('a', null, titleOf(card)));
                    link.href = page.questionBase + card.questionId;
                } else {
                    title.textContent = titleOf(card);
                }
                var unmapped = (card.unmapped || []).map(function (id) {
                    var f = filterById(id);
                    return f ? f.name || f.id : id;
                });
                if (unmapped.length > 0) {
                    var mark = head.appendChild(el('span', 'iq-dash-unfiltered'));
                    mark.title = t('card.notFilteredBy', unmapped.join(', '));
                    mark.setAttribute('data-filters', (card.unmapped || []).join(' '));
                    mark.appendChild(el('i', 'pi pi-filter-slash')).setAttribute('aria-hidden', 'true');
                    mark.appendChild(el('span', 'iq-visually-hidden', mark.title));
                }
                head.appendChild(el('span', 'iq-dash-updated iq-muted'));
                var refresh = head.appendChild(el('button', 'iq-dash-card-refresh ui-button ui-widget ui-button-flat'));
                refresh.type = 'button';
                refresh.title = t('card.refresh');
                refresh.setAttribute('aria-label', titleOf(card) + ': ' + t('card.refresh'));
                refresh.appendChild(el('i', 'pi pi-refresh')).setAttribute('aria-hidden', 'true');
                refresh.addEventListener('click', function () {
                    runOne(card.id);
                });
            }
            var body = content.appendChild(el('div', 'iq-dash-card-body'));
            page.cards[card.id] = {info: card, item: item, body: body, state: data && card.id > 0 ? 'loading' : 'ok',
                result: null};
            if (card.id < 0 && data) {
                // A card added in edit mode runs once the dashboard is saved.
                body.appendChild(el('p', 'iq-muted iq-dash-unsaved', t('card.unsaved')));
            } else if (card.problem) {
                showError(card.id, card.problem, false);
            } else if (card.kind === 'heading') {
                parts.cards.drawHeading(body, card.text);
            } else if (card.kind === 'link') {
                parts.cards.drawLink(body, card.url, card.text);
            } else {
                loading(card.id);
            }
            return item;
        }

        function loading(id) {
            var c = page.cards[id];
            if (!c || c.info.problem) {
                return;
            }
            c.state = 'loading';
            c.item.setAttribute('data-state', 'loading');
            c.body.setAttribute('aria-busy', 'true');
            if (!c.body.querySelector('.iq-dash-loading')) {
                var spinner = c.body.appendChild(el('div', 'iq-dash-loading'));
                spinner.setAttribute('role', 'status');
                spinner.appendChild(el('i', 'pi pi-spin pi-spinner')).setAttribute('aria-hidden', 'true');
                spinner.appendChild(el('span', 'iq-visually-hidden', t('card.loading')));
            }
        }

        function showError(id, message, retry) {
            var c = page.cards[id];
            if (!c) {
                return;
            }
            c.state = 'error';
            c.item.setAttribute('data-state', 'error');
            c.body.removeAttribute('aria-busy');
            parts.cards.clear(c.body);
            var box = c.body.appendChild(el('div', 'iq-dash-card-error'));
            box.setAttribute('role', 'alert');
            box.appendChild(el('i', 'pi pi-exclamation-circle')).setAttribute('aria-hidden', 'true');
            box.appendChild(el('span', 'iq-dash-error-text', message || t('card.failed')));
            if (retry !== false) {
                var button = box.appendChild(el('button', 'iq-dash-retry ui-button ui-widget ui-button-outlined',
                    t('card.retry')));
                button.type = 'button';
                button.addEventListener('click', function () {
                    runOne(id);
                });
            }
        }

        function draw(result) {
            var c = page.cards[result.cardId];
            if (!c || (c.info.kind !== 'question' && c.info.kind !== 'text')) {
                // Headings and links are drawn from the model (cardShell): their line of the feed would blank them.
                return;
            }
            c.result = result;
            if (result.status !== 'ok') {
                showError(result.cardId, result.error);
                updated(c);
                return;
            }
            c.state = 'ok';
            c.item.setAttribute('data-state', 'ok');
            c.body.removeAttribute('aria-busy');
            parts.cards.clear(c.body);
            try {
                if (c.info.kind === 'text') {
                    parts.cards.drawText(c.body, result.html);
                } else if (result.viz) {
                    parts.cards.drawViz(c.body, c.info.id, result.viz, titleOf(c.info), clickHandler(c.info));
                }
            } catch (e) {
                showError(result.cardId, t('card.drawFailed'));
            }
            updated(c);
        }

        function updated(c) {
            var span = c.item.querySelector('.iq-dash-updated');
            var result = c.result;
            if (!span || !result || !result.updatedAt) {
                return;
            }
            var at = Date.parse(result.updatedAt);
            span.setAttribute('data-updated-at', result.updatedAt);
            span.setAttribute('data-cached', String(result.cached === true));
            span.textContent = t('card.updated', ago(at)) + (result.cached ? ' · ' + t('card.cached') : '');
            span.title = new Date(at).toLocaleString(document.documentElement.lang || undefined);
        }

        function ago(at) {
            var seconds = Math.round((at - Date.now()) / 1000);
            var format;
            try {
                format = new Intl.RelativeTimeFormat(document.documentElement.lang || undefined,
                    {numeric: 'auto', style: 'short'});
            } catch (e) {
                format = new Intl.RelativeTimeFormat(undefined, {numeric: 'auto', style: 'short'});
            }
            var abs = Math.abs(seconds);
            return abs < 45 ? format.format(0, 'second') : abs < 3600 ? format.format(Math.round(seconds / 60), 'minute')
                : abs < 86400 ? format.format(Math.round(seconds / 3600), 'hour')
                    : format.format(Math.round(seconds / 86400), 'day');
        }

        // ------------------------------------------------------------------ clicks

        function pass(map, values, x) {
            var query = new URLSearchParams();
            Object.keys(map || {}).forEach(function (target) {
                var v = values[map[target]];
                if (v !== undefined && v !== null) {
                    query.append(target, String(v));
                }
            });
            var text = query.toString();
            return text ? '?' + text : '';
        }

        /** What a click on a point (values by column, x the dimension value) does on this card; null: nothing. */
        function clickHandler(card) {
            var click = card.click;
            if (!click || !click.action) {
                return page.questionBase && card.questionId ? function () {
                    window.location.href = page.questionBase + card.questionId;
                } : null;
            }
            if (click.action === 'filter' && click.filterId) {
                return function (values, x) {
                    var v = click.column && values[click.column] !== undefined ? values[click.column] : x;
                    var filter = filterById(click.filterId);
                    if (filter && filter.type === 'date' && typeof v === 'string' && /^\d{4}-\d{2}-\d{2}/.test(v)) {
                        v = v.substring(0, 10);
                    }
                    setFilter(click.filterId, v === null || v === undefined ? null : String(v));
                };
            }
            if ((click.action === 'question' || click.action === 'dashboard') && click.targetId) {
                var base = click.action === 'question' ? page.questionBase : page.dashboardBase;
                return base ? function (values) {
                    window.location.href = base + click.targetId + pass(click.pass, values);
                } : null;
            }
            if (click.action === 'url' && typeof click.url === 'string' && /^https?:\/\//i.test(click.url)) {
                return function (values, x) {
                    var url = click.url.replace(/\{\{\s*([^}]+?)\s*\}\}/g, function (m, column) {
                        var v = values[column] !== undefined ? values[column] : column === 'value' ? x : '';
                        return encodeURIComponent(v === null || v === undefined ? '' : String(v));
                    });
                    window.open(url, '_blank', 'noopener');
                };
            }
            return null;
        }

        return {titleOf: titleOf, cardShell: cardShell, loading: loading, showError: showError, draw: draw,
            updated: updated};
    };
}());
