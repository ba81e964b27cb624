package com.insightiq.query.api;

import com.insightiq.query.boundary.QueryPage;
import com.insightiq.query.control.JsonText;
import com.insightiq.query.control.ResultColumn;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * Writes a result page as the contract's JSON, row by row, straight to the response (values as {@link JsonText}).
 */
public final class ResultJson {
    private ResultJson() {
    }

    public static void page(QueryPage page, String status, Writer out) throws IOException {
        out.write("{\"executionId\":");
        JsonText.string(page.executionId(), out);
        out.write(",\"status\":");
        JsonText.string(status, out);
        out.write(",\"columns\":[");
        List<ResultColumn> columns = page.columns();
        for (int i = 0; i < columns.size(); i++) {
            ResultColumn c = columns.get(i);
            out.write(i == 0 ? "{\"name\":" : ",{\"name\":");
            JsonText.string(c.name(), out);
            out.write(",\"type\":");
            JsonText.string(c.type(), out);
            out.write(",\"semanticType\":");
            JsonText.string(c.semanticType(), out);
            out.write('}');
        }
        out.write("],\"rows\":[");
        boolean firstRow = true;
        for (List<Object> row : page.rows()) {
            out.write(firstRow ? "[" : ",[");
            firstRow = false;
            for (int i = 0; i < row.size(); i++) {
                if (i > 0) {
                    out.write(',');
                }
                JsonText.value(row.get(i), out);
            }
            out.write(']');
        }
        out.write("],\"rowCount\":" + page.rowCount() + ",\"offset\":" + page.offset() + ",\"truncated\":"
                + page.truncated() + ",\"durationMs\":" + page.durationMs() + ",\"cached\":" + page.cached() + "}");
    }
}
