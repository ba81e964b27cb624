/*
 * The SQL editor page's behaviour around Monaco (pe:monacoEditor, widgetVar "sqlEditor"): autocomplete of the chosen
 * data source's tables and columns plus SQL keywords, Ctrl+Enter to run the selection or all, Format (sql-formatter),
 * inserting names from the schema pane, marking an error's line, following a run, and copying result rows.
 * The server decides everything about queries; this file only moves text between the editor and the page.
 */
(function () {
    'use strict';

    var ns = window.InsightIQ = window.InsightIQ || {};
    var OWNER = 'insightiq';
    var completionRegistered = false;
    var sqlKeywords = null;
    var errorDecorations = [];
    var lastCell = null;
    // Keywords for when Monaco's own SQL keyword list cannot be read.
    var FALLBACK_KEYWORDS = ['SELECT', 'FROM', 'WHERE', 'GROUP BY', 'ORDER BY', 'HAVING', 'LIMIT', 'OFFSET', 'JOIN',
        'LEFT JOIN', 'INNER JOIN', 'ON', 'AS', 'AND', 'OR', 'NOT', 'IN', 'IS NULL', 'IS NOT NULL', 'BETWEEN', 'LIKE',
        'DISTINCT', 'COUNT', 'SUM', 'AVG', 'MIN', 'MAX', 'CASE', 'WHEN', 'THEN', 'ELSE', 'END', 'WITH', 'UNION ALL'];

    function widget() {
        return window.PF ? PF('sqlEditor') : null;
    }

    function editor() {
        var w = widget();
        return w && typeof w.getMonaco === 'function' ? w.getMonaco() : null;
    }

    function byId(id) {
        return document.getElementById(id);
    }

    /** The chosen source's tables and columns, rendered by the server into a data attribute. */
    function outline() {
        var holder = byId('schemaOutline');
        try {
            return JSON.parse(holder.getAttribute('data-outline')) || {tables: [], dialect: 'sql'};
        } catch (e) {
            return {tables: [], dialect: 'sql'};
        }
    }

    function unquote(name) {
        var first = name.charAt(0);
        if ((first === '"' || first === '`' || first === '[') && name.length > 1) {
            return name.substring(1, name.length - 1);
        }
        return name;
    }

    var IDENT = '("[^"]+"|`[^`]+`|\\[[^\\]]+\\]|[\\w$]+)';
    var TABLE_REF = new RegExp('\\b(?:FROM|JOIN)\\s+(' + IDENT + '(?:\\.' + IDENT + ')?)(?:\\s+(?:AS\\s+)?'
        + IDENT + ')?', 'gi');
    var NOT_ALIAS = /^(WHERE|ON|JOIN|LEFT|RIGHT|INNER|OUTER|FULL|CROSS|GROUP|ORDER|LIMIT|UNION|HAVING|USING|NATURAL)$/i;

    /** Tables the SQL names, by their own name and by alias, lower-cased. */
    function tablesInSql(sql, data) {
        var found = {};
        var match;
        TABLE_REF.lastIndex = 0;
        while ((match = TABLE_REF.exec(sql)) !== null) {
            var parts = match[1].split('.');
            var name = unquote(parts[parts.length - 1]).toLowerCase();
            var table = data.tables.find(function (t) {
                return t.name.toLowerCase() === name;
            });
            if (!table) {
                continue;
            }
            found[name] = table;
            var alias = match[match.length - 1];
            if (alias && !NOT_ALIAS.test(alias)) {
                found[unquote(alias).toLowerCase()] = table;
            }
        }
        return found;
    }

    function loadKeywords() {
        if (sqlKeywords !== null || !window.monaco) {
            return;
        }
        sqlKeywords = FALLBACK_KEYWORDS;
        var sql = monaco.languages.getLanguages().find(function (l) {
            return l.id === 'sql';
        });
        if (sql && typeof sql.loader === 'function') {
            sql.loader().then(function (module) {
                var language = module && module.language;
                if (language && Array.isArray(language.keywords)) {
                    sqlKeywords = language.keywords.concat(language.builtinFunctions || []).filter(function (k, i, all) {
                        return all.indexOf(k) === i;
                    });
                }
            }).catch(function () {
                // keep the fallback list
            });
        }
    }

    function registerCompletion() {
        if (completionRegistered) {
            return;
        }
        completionRegistered = true;
        var Kind = monaco.languages.CompletionItemKind;
        monaco.languages.registerCompletionItemProvider('sql', {
            triggerCharacters: ['.'],
            provideCompletionItems: function (model, position) {
                var word = model.getWordUntilPosition(position);
                var range = new monaco.Range(position.lineNumber, word.startColumn, position.lineNumber,
                    word.endColumn);
                var before = model.getValueInRange(new monaco.Range(position.lineNumber, 1, position.lineNumber,
                    word.startColumn));
                var data = outline();
                var inSql = tablesInSql(model.getValue(), data);
                var qualifier = /("[^"]+"|`[^`]+`|\[[^\]]+\]|[\w$]+)\.$/.exec(before);
                if (qualifier) {
                    var table = inSql[unquote(qualifier[1]).toLowerCase()] || data.tables.find(function (t) {
                        return t.name.toLowerCase() === unquote(qualifier[1]).toLowerCase();
                    });
                    return {suggestions: table ? columnItems(table, range, Kind, '0') : []};
                }
                var suggestions = data.tables.map(function (t) {
                    return {label: t.name, kind: Kind.Struct, detail: t.schema + ' · ' + t.kind, insertText: t.sql,
                        range: range, sortText: '1' + t.name};
                });
                var named = Object.keys(inSql).map(function (k) {
                    return inSql[k];
                }).filter(function (t, i, all) {
                    return all.indexOf(t) === i;
                });
                (named.length > 0 ? named : data.tables).forEach(function (t) {
                    suggestions = suggestions.concat(columnItems(t, range, Kind, '2'));
                });
                (sqlKeywords || FALLBACK_KEYWORDS).forEach(function (k) {
                    suggestions.push({label: k, kind: Kind.Keyword, insertText: k, range: range, sortText: '3' + k});
                });
                return {suggestions: suggestions.slice(0, 2000)};
            }
        });
    }

    function columnItems(table, range, Kind, rank) {
        return table.columns.map(function (c) {
            return {label: c.name, kind: Kind.Field, detail: table.name + ' · ' + c.type, insertText: c.sql,
                range: range, sortText: rank + c.name};
        });
    }

    function clearError() {
        var ed = editor();
        if (ed && window.monaco) {
            monaco.editor.setModelMarkers(ed.getModel(), OWNER, []);
            errorDecorations = ed.deltaDecorations(errorDecorations, []);
        }
    }

    /** Marks the line (and column) the database named, and scrolls there. */
    function markError(line, column, message) {
        var ed = editor();
        if (!ed || !window.monaco) {
            return;
        }
        var model = ed.getModel();
        var row = Math.min(Math.max(line, 1), model.getLineCount());
        var col = Math.min(Math.max(column || 1, 1), model.getLineMaxColumn(row));
        monaco.editor.setModelMarkers(model, OWNER, [{
            severity: monaco.MarkerSeverity.Error, message: message || '', startLineNumber: row, startColumn: col,
            endLineNumber: row, endColumn: Math.max(col + 1, model.getWordAtPosition({lineNumber: row, column: col})
                ? model.getWordAtPosition({lineNumber: row, column: col}).endColumn : col + 1)
        }]);
        errorDecorations = ed.deltaDecorations(errorDecorations, [{
            range: new monaco.Range(row, 1, row, 1),
            options: {isWholeLine: true, className: 'iq-error-line', glyphMarginClassName: 'iq-error-glyph'}
        }]);
        ed.revealLineInCenterIfOutsideViewport(row);
    }

    function run() {
        var button = byId('editorForm:runButton');
        if (button && !button.disabled) {
            button.click();
        }
    }

    ns.sqlEditor = {
        /** Hooks for pe:monacoEditor (its "extender" attribute). */
        extender: function () {
            return {
                beforeCreate: function (context, options) {
                    options.theme = document.body.classList.contains('iq-dark') ? 'vs-dark' : 'vs';
                    options.glyphMargin = true;
                    options.quickSuggestions = {other: true, comments: false, strings: false};
                },
                afterCreate: function (context) {
                    var ed = context.getMonaco();
                    loadKeywords();
                    registerCompletion();
                    ed.addCommand(monaco.KeyMod.CtrlCmd | monaco.KeyCode.Enter, run);
                    ed.onDidChangeModelContent(clearError);
                    document.body.classList.add('iq-editor-ready');
                }
            };
        },

        /** Before Run: the selection (or nothing, meaning all the SQL) and where it starts. */
        prepareRun: function () {
            var ed = editor();
            var text = '';
            var line = 1;
            var column = 1;
            if (ed) {
                var selection = ed.getSelection();
                if (selection && !selection.isEmpty()) {
                    text = ed.getModel().getValueInRange(selection);
                    line = selection.startLineNumber;
                    column = selection.startColumn;
                }
                // The hidden textarea follows the editor on every change; make sure it holds the latest text.
                widget().getInput().val(ed.getModel().getValue());
            }
            byId('editorForm:runSql').value = text;
            byId('editorForm:runLine').value = String(line);
            byId('editorForm:runColumn').value = String(column);
            clearError();
        },

        /** After Run and each wait: wait again while the query runs, else show where an error is. */
        afterStep: function (xhr, status, args) {
            if (args && args.running) {
                // A separate task, so that a click on Cancel can take its turn in the Ajax queue.
                window.setTimeout(function () {
                    window.awaitRun();
                }, 0);
            } else if (args && args.errorLine) {
                markError(args.errorLine, args.errorColumn, args.errorMessage);
            }
        },

        format: function () {
            var ed = editor();
            var problem = byId('formatProblem');
            if (!ed || !window.sqlFormatter) {
                return;
            }
            var model = ed.getModel();
            var selection = ed.getSelection();
            var range = selection && !selection.isEmpty() ? selection : model.getFullModelRange();
            try {
                var formatted = sqlFormatter.format(model.getValueInRange(range), {
                    language: outline().dialect || 'sql', keywordCase: 'upper', tabWidth: 2,
                    // {{variables}} and [[optional clauses]] are InsightIQ's: the formatter keeps them as they are.
                    paramTypes: {custom: [{regex: '\\{\\{[^{}]*\\}\\}'}, {regex: '\\[\\['}, {regex: '\\]\\]'}]}
                });
                ed.pushUndoStop();
                ed.executeEdits('format', [{range: range, text: formatted}]);
                ed.pushUndoStop();
                problem.textContent = '';
            } catch (e) {
                problem.textContent = problem.getAttribute('data-prefix') + ' ' + String(e.message).split('\n')[0];
            }
            ed.focus();
        },

        /** Puts a name from the schema pane where the cursor is (replacing a selection). */
        insert: function (text) {
            var ed = editor();
            if (!ed) {
                return;
            }
            ed.executeEdits('schema', [{range: ed.getSelection(), text: text, forceMoveMarkers: true}]);
            ed.focus();
        },

        sourceChanged: function () {
            filterSchema();
        },

        /** A history entry was opened: its SQL replaces the editor's. */
        opened: function (args) {
            var w = widget();
            if (args && typeof args.sql === 'string' && w) {
                w.setValueNow(args.sql);
                var ed = editor();
                if (ed) {
                    ed.focus();
                }
            }
        },

        exporting: function () {
            var status = byId('copyStatus');
            if (status) {
                status.textContent = status.getAttribute('data-exporting') || '';
                // The browser gives no sign when a download ends; the note only says that one started.
                window.setTimeout(function () {
                    status.textContent = '';
                }, 6000);
            }
        },

        /** Copies the selected rows (else the rows on the page) as tab-separated text with a header line. */
        copyRows: function () {
            var table = document.querySelector('[id="editorForm:results"]');
            if (!table) {
                return;
            }
            var header = Array.prototype.map.call(table.querySelectorAll('thead th .iq-result-header'), function (h) {
                return h.textContent.trim();
            });
            var rows = table.querySelectorAll('tbody tr.ui-state-highlight');
            if (rows.length === 0) {
                rows = table.querySelectorAll('tbody tr[data-ri]');
            }
            var lines = [header.join('\t')];
            Array.prototype.forEach.call(rows, function (tr) {
                lines.push(Array.prototype.map.call(tr.querySelectorAll('.iq-cell'), cellText).join('\t'));
            });
            copy(lines.join('\n'), rows.length);
        },

        markError: markError
    };

    function cellText(cell) {
        return cell.classList.contains('iq-null') ? '' : cell.textContent;
    }

    function copy(text, count) {
        var status = byId('copyStatus');
        var done = function () {
            if (status) {
                status.textContent = (status.getAttribute('data-copied') || '').replace('{0}', String(count));
            }
        };
        if (navigator.clipboard && window.isSecureContext) {
            navigator.clipboard.writeText(text).then(done, function () {
                copyByTextarea(text);
                done();
            });
        } else {
            copyByTextarea(text);
            done();
        }
    }

    /** Pages served over plain HTTP on another host have no Clipboard API. */
    function copyByTextarea(text) {
        var area = document.createElement('textarea');
        area.value = text;
        area.setAttribute('readonly', '');
        area.style.position = 'fixed';
        area.style.opacity = '0';
        document.body.appendChild(area);
        area.select();
        try {
            document.execCommand('copy');
        } finally {
            document.body.removeChild(area);
        }
    }

    function filterSchema() {
        var input = byId('schemaFilter');
        var term = input ? input.value.trim().toLowerCase() : '';
        document.querySelectorAll('.iq-schema-table').forEach(function (item) {
            item.hidden = term !== '' && item.getAttribute('data-name').toLowerCase().indexOf(term) < 0;
        });
    }

    document.addEventListener('click', function (event) {
        var insert = event.target.closest('[data-insert]');
        if (insert) {
            event.preventDefault();
            ns.sqlEditor.insert(insert.getAttribute('data-insert'));
            return;
        }
        var cell = event.target.closest('[id="editorForm:results"] td');
        if (cell) {
            lastCell = cell;
        }
    });

    document.addEventListener('dblclick', function (event) {
        var cell = event.target.closest('[id="editorForm:results"] td');
        if (cell && cell.querySelector('.iq-cell')) {
            copy(cellText(cell.querySelector('.iq-cell')), 1);
        }
    });

    document.addEventListener('input', function (event) {
        if (event.target && event.target.id === 'schemaFilter') {
            filterSchema();
        }
    });

    document.addEventListener('keydown', function (event) {
        var inResults = event.target.closest && event.target.closest('[id="editorForm:results"]');
        if (inResults && (event.ctrlKey || event.metaKey) && event.key === 'c' && !window.getSelection().toString()) {
            var selected = inResults.querySelectorAll('tbody tr.ui-state-highlight');
            if (selected.length > 0) {
                ns.sqlEditor.copyRows();
            } else if (lastCell && lastCell.querySelector('.iq-cell')) {
                copy(cellText(lastCell.querySelector('.iq-cell')), 1);
            }
            event.preventDefault();
        } else if ((event.ctrlKey || event.metaKey) && event.key === 'Enter' && !event.target.closest('.monaco-editor')
            && event.target.closest && event.target.closest('#editorForm')) {
            // Ctrl+Enter also runs from the variable widgets (Monaco handles its own).
            event.preventDefault();
            if (event.target.blur) {
                event.target.blur();
            }
            window.setTimeout(run, 0);
        }
    });
}());
