/** Small inline SVG charts, shared by the dashboard and the HTML report. */
@NullMarked
package org.factdesk.base.chart;

import org.jspecify.annotations.NullMarked;
