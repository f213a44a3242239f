package org.steward.analytics;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.jspecify.annotations.Nullable;

/**
 * A table written as it is produced, row by row, to Excel (Apache POI SXSSF: only a window of
 * rows in memory, the rest flushed to a temporary file) or to CSV (UTF-8 with a byte-order mark so
 * Excel reads the Chinese). Text that a spreadsheet would run as a formula (starting with = + - @,
 * a tab or a carriage return) is written with a leading apostrophe.
 */
final class Sheet {

	static final int WINDOW = 200;

	private Sheet() {
	}

	/** Guards a text cell against formula injection. */
	static String safe(String text) {
		if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
			return "'" + text;
		}
		return text;
	}

	/** Writes the header and the rows {@code body} hands to its consumer; numbers stay numbers. */
	static void xlsx(OutputStream out, String name, List<String> header, Consumer<Consumer<List<@Nullable Object>>> body)
			throws IOException {
		SXSSFWorkbook book = new SXSSFWorkbook(WINDOW);
		try {
			SXSSFSheet sheet = book.createSheet(name);
			int[] next = { 0 };
			Consumer<List<@Nullable Object>> writeRow = values -> {
				Row row = sheet.createRow(next[0]++);
				for (int i = 0; i < values.size(); i++) {
					Object v = values.get(i);
					Cell cell = row.createCell(i);
					if (v instanceof Number n) {
						cell.setCellValue(n instanceof BigDecimal b ? b.doubleValue() : n.doubleValue());
					}
					else if (v != null) {
						cell.setCellValue(safe(v.toString()));
					}
				}
			};
			writeRow.accept(List.copyOf(header));
			body.accept(writeRow);
			book.write(out);
		}
		finally {
			book.close();
		}
	}

	static void csv(OutputStream out, List<String> header, Consumer<Consumer<List<@Nullable Object>>> body)
			throws IOException {
		Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
		w.write('\uFEFF');
		Consumer<List<@Nullable Object>> writeRow = values -> {
			try {
				for (int i = 0; i < values.size(); i++) {
					if (i > 0) {
						w.write(',');
					}
					Object v = values.get(i);
					String text = v == null ? "" : v instanceof Number ? v.toString() : safe(v.toString());
					if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
						text = "\"" + text.replace("\"", "\"\"") + "\"";
					}
					w.write(text);
				}
				w.write("\r\n");
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		};
		writeRow.accept(List.copyOf(header));
		body.accept(writeRow);
		w.flush();
	}
}
