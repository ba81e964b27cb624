/* Edit mode of the dashboard page (page-edit part of issue 6). Entry: InsightIQ.dashboardEdit.start(). */
(function () {
    'use strict';
    var ns = window.InsightIQ = window.InsightIQ || {};
    ns.dashboardEdit = ns.dashboardEdit || {};
}());
