package org.steward.print;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import com.lowagie.text.DocumentException;
import com.lowagie.text.pdf.BaseFont;

/**
 * The embedded CJK font, read from the jar once per application (16 MB: each module reading its own
 * copy held it up to three times in memory).
 */
public final class CjkFont {

	private static final String RESOURCE = "/fonts/wqy-zenhei.ttc";

	private static volatile BaseFont font;

	private CjkFont() {
	}

	/** The font, loaded on first use; thread-safe. */
	public static BaseFont get() {
		BaseFont f = font;
		if (f == null) {
			synchronized (CjkFont.class) {
				f = font;
				if (f == null) {
					f = load();
					font = f;
				}
			}
		}
		return f;
	}

	private static BaseFont load() {
		try (InputStream in = CjkFont.class.getResourceAsStream(RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException(RESOURCE + " is missing from the classpath");
			}
			return BaseFont.createFont("wqy-zenhei.ttc,0", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(), null);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (DocumentException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
