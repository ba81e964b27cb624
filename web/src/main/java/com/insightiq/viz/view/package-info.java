/**
 * Visualizations on pages: the panel bean that holds what a person chose (type and settings) and the rendered result
 * the include {@code /WEB-INF/templates/viz/visualization.xhtml} draws. Rendering and drill-through SQL are the viz
 * boundary's; this package only moves choices between the page and {@code Visualizations} and never formats a value.
 */
package com.insightiq.viz.view;
